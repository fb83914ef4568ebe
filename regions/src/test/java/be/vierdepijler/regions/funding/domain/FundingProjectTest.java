package be.vierdepijler.regions.funding.domain;

import static be.vierdepijler.regions.funding.domain.FundingFixtures.NOW;
import static be.vierdepijler.regions.funding.domain.FundingFixtures.euro;
import static be.vierdepijler.regions.funding.domain.FundingFixtures.project;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.vierdepijler.core.shared.ConflictException;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FundingProjectTest {

    private static final LocalDate DAY = LocalDate.of(2020, 8, 15);

    private static FundingProject running() {
        FundingProject p = new FundingProject(project("P", null, null, euro("40000"), false), ProjectStatus.SUBMITTED,
                DAY, null, "admin", NOW);
        p.changeStatus(ProjectStatus.SELECTED, DAY, "Jury", "admin", NOW);
        p.changeStatus(ProjectStatus.RUNNING, DAY, null, "admin", NOW);
        return p;
    }

    @Test
    void everyStatusChangeIsARowOfItsHistory() {
        FundingProject p = running();
        assertThat(p.history()).extracting(StatusChange::from, StatusChange::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, ProjectStatus.SUBMITTED),
                org.assertj.core.groups.Tuple.tuple(ProjectStatus.SUBMITTED, ProjectStatus.SELECTED),
                org.assertj.core.groups.Tuple.tuple(ProjectStatus.SELECTED, ProjectStatus.RUNNING));
        assertThat(p.history().get(1).note()).isEqualTo("Jury");
        assertThat(p.history().get(1).recordedBy()).isEqualTo("admin");
    }

    @Test
    void extendsAnyNumberOfTimesEachAfterTheCurrentEnd() {
        FundingProject p = running();
        p.extend(LocalDate.of(2023, 8, 31), euro("10000"), LocalDate.of(2022, 6, 1), "eerste", "admin", NOW);
        p.extend(LocalDate.of(2024, 8, 31), euro("0"), LocalDate.of(2023, 6, 1), null, "admin", NOW);
        assertThat(p.status()).isEqualTo(ProjectStatus.EXTENDED);
        assertThat(p.endDate()).isEqualTo(LocalDate.of(2024, 8, 31));
        assertThat(p.extensions()).extracting(Extension::previousEndDate)
                .containsExactly(LocalDate.of(2022, 8, 31), LocalDate.of(2023, 8, 31));
        assertThatThrownBy(() -> p.extend(LocalDate.of(2024, 8, 31), euro("1"), DAY, null, "admin", NOW))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).violations())
                .asList().extracting(v -> ((FieldViolation) v).field() + ":" + ((FieldViolation) v).code())
                .containsExactly("endDate:not-after-current-end");
        assertThatThrownBy(() -> p.extend(LocalDate.of(2025, 1, 1), euro("1.001"), null, null, "admin", NOW))
                .isInstanceOf(InvalidInputException.class).extracting(e -> ((InvalidInputException) e).violations())
                .asList().hasSize(2);
        assertThat(p.extensions()).hasSize(2);
        p.changeStatus(ProjectStatus.CONTINUED_WITHOUT_SUBSIDY, DAY, null, "admin", NOW);
        assertThatThrownBy(() -> p.extend(LocalDate.of(2030, 1, 1), euro("0"), DAY, null, "admin", NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void extendedIsReachedOnlyThroughAnExtension() {
        FundingProject p = running();
        assertThatThrownBy(() -> p.changeStatus(ProjectStatus.EXTENDED, DAY, null, "admin", NOW))
                .isInstanceOf(ConflictException.class).extracting(e -> ((ConflictException) e).code())
                .isEqualTo("use-extension");
        FundingProject submitted = new FundingProject(project("Q", null, null, null, false), ProjectStatus.SUBMITTED,
                DAY, null, "admin", NOW);
        assertThatThrownBy(() -> submitted.extend(LocalDate.of(2030, 1, 1), euro("0"), DAY, null, "admin", NOW))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> submitted.changeStatus(ProjectStatus.RUNNING, DAY, null, "admin", NOW))
                .isInstanceOf(ConflictException.class);
        assertThat(submitted.history()).hasSize(1);
    }

    @Test
    void anImportBringsAProjectForwardInOneNotedStep() {
        FundingProject p = new FundingProject(project("P", null, null, euro("40000"), false), ProjectStatus.SUBMITTED,
                DAY, null, "admin", NOW);
        p.importStatus(ProjectStatus.RUNNING, DAY, "admin", NOW);
        assertThat(p.history()).hasSize(2);
        assertThat(p.history().get(1).note()).isEqualTo(FundingProject.IMPORTED);
        p.importStatus(ProjectStatus.RUNNING, DAY, "admin", NOW);
        assertThat(p.history()).hasSize(2);
        assertThatThrownBy(() -> p.importStatus(ProjectStatus.SELECTED, DAY, "admin", NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void detailsReadBackEqualTheirNormalFormSoThatAReImportChangesNothing() {
        ProjectDetails d = new ProjectDetails(1L, null, " OESO ", "", List.of("33021", "33011"), null, "Samen ",
                null, null, List.of("volunteering", "buddy"), euro("40000"), euro("40000.5"), null, true,
                euro("40000"), List.of(new Commitment(2021, euro("5000")), new Commitment(2020, euro("100000"))),
                null, null);
        FundingProject p = new FundingProject(d, ProjectStatus.SUBMITTED, DAY, null, "admin", NOW);
        assertThat(p.details()).isEqualTo(d.normalized());
        assertThat(p.leadName()).isEqualTo("OESO");
        assertThat(p.commitments()).extracting(Commitment::budgetYear).containsExactly(2020, 2021);
    }

    /** Loaded from the database, Hibernate holds the sets unordered: the details still compare as equal. */
    @Test
    void detailsAreSortedWhateverOrderTheSetsHold() throws ReflectiveOperationException {
        ProjectDetails d = new ProjectDetails(1L, null, "OESO", null, List.of("33011", "33021", "71072"), null, "P",
                null, null, List.of("buddy", "volunteering"), null, null, null, false, null, List.of(), null, null);
        FundingProject p = new FundingProject(d, ProjectStatus.SUBMITTED, DAY, null, "admin", NOW);
        for (String field : List.of("municipalityNis", "trajectoryTypeIds")) {
            var f = FundingProject.class.getDeclaredField(field);
            f.setAccessible(true);
            java.util.List<String> reversed = new java.util.ArrayList<>((java.util.Set<String>) f.get(p));
            java.util.Collections.reverse(reversed);
            f.set(p, new java.util.LinkedHashSet<>(reversed));
        }
        assertThat(p.details()).isEqualTo(d.normalized());
        assertThat(p.municipalityNis()).containsExactly("33011", "33021", "71072");
    }

    @Test
    void refusesAmountsWithMoreThanTwoDecimalsOrNegativeAndBothAwardKinds() {
        ProjectDetails d = new ProjectDetails(1L, 5L, "OESO", null, List.of("3302", "33021", "33021"), null, "P",
                null, null, List.of("buddy", "buddy"), euro("1.234"), euro("-1"), euro("10"), true, null,
                List.of(new Commitment(1999, euro("1"))), LocalDate.of(2021, 1, 1), LocalDate.of(2020, 1, 1));
        assertThat(d.violations()).extracting(v -> v.field() + ":" + v.code()).containsExactly("lead:both",
                "municipalityNis:invalid-nis", "municipalityNis:duplicate", "trajectoryTypeIds:duplicate",
                "requestedAmount:too-many-decimals", "ownFinancing:negative",
                "awardedAmount:fixed-and-to-be-determined", "commitments[0].budgetYear:out-of-range",
                "endDate:before-start");
    }
}
