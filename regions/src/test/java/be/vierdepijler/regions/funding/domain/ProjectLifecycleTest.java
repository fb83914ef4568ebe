package be.vierdepijler.regions.funding.domain;

import static be.vierdepijler.regions.funding.domain.ProjectStatus.CONTINUED_WITHOUT_SUBSIDY;
import static be.vierdepijler.regions.funding.domain.ProjectStatus.ENDED;
import static be.vierdepijler.regions.funding.domain.ProjectStatus.EXTENDED;
import static be.vierdepijler.regions.funding.domain.ProjectStatus.NOT_SELECTED;
import static be.vierdepijler.regions.funding.domain.ProjectStatus.RUNNING;
import static be.vierdepijler.regions.funding.domain.ProjectStatus.SELECTED;
import static be.vierdepijler.regions.funding.domain.ProjectStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.vierdepijler.core.shared.ConflictException;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProjectLifecycleTest {

    @Test
    void everyStatusHasExactlyItsNextStatuses() {
        assertThat(ProjectLifecycle.next(SUBMITTED)).containsExactly(SELECTED, NOT_SELECTED);
        assertThat(ProjectLifecycle.next(SELECTED)).containsExactly(RUNNING, ENDED, CONTINUED_WITHOUT_SUBSIDY);
        assertThat(ProjectLifecycle.next(RUNNING)).containsExactly(EXTENDED, ENDED, CONTINUED_WITHOUT_SUBSIDY);
        assertThat(ProjectLifecycle.next(EXTENDED)).containsExactly(EXTENDED, ENDED, CONTINUED_WITHOUT_SUBSIDY);
        for (ProjectStatus last : Set.of(NOT_SELECTED, ENDED, CONTINUED_WITHOUT_SUBSIDY)) {
            assertThat(ProjectLifecycle.next(last)).as("%s is final", last).isEmpty();
        }
    }

    @Test
    void refusesEveryOtherTransitionWithAConflict() {
        int refused = 0;
        for (ProjectStatus from : ProjectStatus.values()) {
            for (ProjectStatus to : EnumSet.complementOf(EnumSet.copyOf(nonEmpty(ProjectLifecycle.next(from))))) {
                assertThat(ProjectLifecycle.allows(from, to)).as("%s -> %s", from, to).isFalse();
                assertThatThrownBy(() -> ProjectLifecycle.check(from, to)).isInstanceOf(ConflictException.class)
                        .extracting(e -> ((ConflictException) e).code()).isEqualTo("transition-not-allowed");
                refused++;
            }
        }
        assertThat(refused).isEqualTo(7 * 7 - 11);
    }

    private static Set<ProjectStatus> nonEmpty(Set<ProjectStatus> set) {
        return set.isEmpty() ? EnumSet.noneOf(ProjectStatus.class) : set;
    }

    @Test
    void aSubmittedProjectCannotBeExtendedNorASelectedOneNotSelected() {
        assertThat(ProjectLifecycle.mayExtend(SUBMITTED)).isFalse();
        assertThat(ProjectLifecycle.mayExtend(SELECTED)).isFalse();
        assertThat(ProjectLifecycle.mayExtend(RUNNING)).isTrue();
        assertThat(ProjectLifecycle.mayExtend(EXTENDED)).isTrue();
        assertThatThrownBy(() -> ProjectLifecycle.check(SELECTED, NOT_SELECTED))
                .hasMessageContaining("Geselecteerd").hasMessageContaining("Niet geselecteerd");
        assertThatThrownBy(() -> ProjectLifecycle.check(ENDED, RUNNING)).hasMessageContaining("definitief");
    }

    @Test
    void anImportMayJumpForwardButNeverBack() {
        assertThat(ProjectLifecycle.reachable(SUBMITTED, EXTENDED)).isTrue();
        assertThat(ProjectLifecycle.reachable(SUBMITTED, CONTINUED_WITHOUT_SUBSIDY)).isTrue();
        assertThat(ProjectLifecycle.reachable(SELECTED, SELECTED)).isTrue();
        assertThat(ProjectLifecycle.reachable(RUNNING, SELECTED)).isFalse();
        assertThat(ProjectLifecycle.reachable(NOT_SELECTED, SELECTED)).isFalse();
        assertThat(ProjectLifecycle.reachable(SELECTED, NOT_SELECTED)).isFalse();
    }
}
