package be.vierdepijler.core.trajectory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.core.shared.LinkToken;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConfirmationLinkTest {

    private static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");

    @Test
    void onlyTheHashOfARandomTokenIsKept() {
        ConfirmationLink.Issued one = ConfirmationLink.issue(1, 2, "Els", "anna", NOW);
        ConfirmationLink.Issued two = ConfirmationLink.issue(1, 2, "Els", "anna", NOW);
        assertThat(one.token()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(two.token());
        assertThat(LinkToken.hash(one.token())).hasSize(64).isNotEqualTo(one.token())
                .isEqualTo(LinkToken.hash(one.token()));
    }

    @Test
    void aLinkWorksForTwoWeeksAndStaysUsableAfterADecision() {
        ConfirmationLink link = ConfirmationLink.issue(1, 2, "Els", "anna", NOW).link();
        assertThat(link.usableAt(NOW.plus(ConfirmationLink.VALIDITY).minusSeconds(1))).isTrue();
        assertThat(link.usableAt(NOW.plus(ConfirmationLink.VALIDITY))).isFalse();
        assertThat(link.stateAt(NOW.plus(ConfirmationLink.VALIDITY))).isEqualTo(ConfirmationLink.State.EXPIRED);
        link.use(NOW.plusSeconds(60));
        assertThat(link.usableAt(NOW.plusSeconds(120))).isTrue();
        assertThat(link.usedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void aClosedLinkStaysClosedWithItsFirstReason() {
        ConfirmationLink link = ConfirmationLink.issue(1, 2, "Els", "anna", NOW).link();
        link.close(ConfirmationLink.Closure.REVOKED, "anna", NOW.plusSeconds(10));
        link.close(ConfirmationLink.Closure.TRAJECTORY_CLOSED, "bert", NOW.plusSeconds(20));
        assertThat(link.stateAt(NOW.plusSeconds(30))).isEqualTo(ConfirmationLink.State.CLOSED);
        assertThat(link.usableAt(NOW.plusSeconds(30))).isFalse();
        assertThat(link.closedReason()).isEqualTo(ConfirmationLink.Closure.REVOKED);
        assertThat(link.closedBy()).isEqualTo("anna");
        assertThat(link.closedAt()).isEqualTo(NOW.plusSeconds(10));
    }

    @Test
    void aReminderIsANewLinkToTheSameAddressThatReplacesTheOld() {
        ConfirmationLink.Issued first = ConfirmationLink.issue(1, 2, "Els", "anna", NOW);
        ConfirmationLink old = first.link();
        old.mailTo("els@example.org");
        Instant later = NOW.plus(java.time.Duration.ofDays(7));
        ConfirmationLink.Issued reminder = old.remind("herinnering", later);
        assertThat(old.stateAt(later)).isEqualTo(ConfirmationLink.State.CLOSED);
        assertThat(old.closedReason()).isEqualTo(ConfirmationLink.Closure.REPLACED);
        assertThat(old.remindedAt()).isEqualTo(later);
        ConfirmationLink fresh = reminder.link();
        assertThat(fresh.usableAt(later)).isTrue();
        assertThat(fresh.expiresAt()).isEqualTo(later.plus(ConfirmationLink.VALIDITY));
        assertThat(fresh.emailedTo()).isEqualTo("els@example.org");
        assertThat(fresh.contactName()).isEqualTo("Els");
        assertThat(fresh.placementId()).isEqualTo(2);
        assertThat(reminder.token()).isNotEqualTo(first.token());
    }
}
