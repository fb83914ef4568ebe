package be.vierdepijler.core.newcomer.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.core.port.Residence;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EligibilityRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void livingInAParticipatingMunicipalityOrBesideOneQualifies() {
        assertThat(EligibilityRules.residence(Optional.of(new Residence("33021", "Poperinge", "westhoek", true,
                List.of()))).passed()).isTrue();
        EligibilityCheck neighbour = EligibilityRules.residence(Optional.of(new Residence("33016", "Mesen",
                "westhoek", false, List.of("Poperinge"))));
        assertThat(neighbour.passed()).isTrue();
        assertThat(neighbour.reason()).contains("buurgemeente Poperinge");
        EligibilityCheck nowhere = EligibilityRules.residence(Optional.of(new Residence("33016", "Mesen",
                "westhoek", false, List.of())));
        assertThat(nowhere.passed()).isFalse();
        assertThat(EligibilityRules.residence(Optional.empty()).passed()).isFalse();
    }

    @Test
    void anIntegrationTrajectoryRunningStartableOrEndedAtMostAYearAgoQualifies() {
        assertThat(EligibilityRules.integration(IntegrationProgress.RUNNING, null, TODAY).passed()).isTrue();
        assertThat(EligibilityRules.integration(IntegrationProgress.CAN_START, null, TODAY).passed()).isTrue();
        assertThat(EligibilityRules.integration(IntegrationProgress.ENDED, TODAY.minusYears(1), TODAY).passed())
                .isTrue();
        EligibilityCheck tooLongAgo = EligibilityRules.integration(IntegrationProgress.ENDED,
                TODAY.minusYears(1).minusDays(1), TODAY);
        assertThat(tooLongAgo.passed()).isFalse();
        assertThat(tooLongAgo.reason()).contains("meer dan een jaar");
        assertThat(EligibilityRules.integration(IntegrationProgress.NONE, null, TODAY).passed()).isFalse();
    }

    @Test
    void anOverrideMakesEligibleButKeepsTheRulesAnswers() {
        List<EligibilityCheck> checks = EligibilityRules.check(Optional.empty(), IntegrationProgress.RUNNING, null,
                TODAY);
        assertThat(new Eligibility(checks, null, null, null).eligible()).isFalse();
        Eligibility overridden = new Eligibility(checks, "verhuist volgende maand naar Poperinge", "anna", null);
        assertThat(overridden.eligible()).isTrue();
        assertThat(overridden.rulesPassed()).isFalse();
    }
}
