package be.vierdepijler.regions.funding.domain;

import static be.vierdepijler.regions.funding.domain.FundingFixtures.euro;
import static be.vierdepijler.regions.funding.domain.FundingFixtures.project;
import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.core.shared.FieldViolation;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallRulesTest {

    private final FundingCall call = FundingFixtures.pilot();

    private List<String> breaches(ProjectDetails d, ProjectStatus status, BigDecimal others) {
        return CallRules.violations(call, d, status, others).stream().map(v -> v.field() + ":" + v.code()).toList();
    }

    @Test
    void aProjectWithinTheRulesPasses() {
        assertThat(breaches(project("P", euro("40000"), euro("40000"), euro("40000"), false),
                ProjectStatus.SELECTED, BigDecimal.ZERO)).isEmpty();
    }

    @Test
    void requestedAndAwardedAmountsAboveTheCallsMaximumAreRefusedAtTheirField() {
        assertThat(breaches(project("P", euro("40000.01"), euro("50000"), euro("40000.01"), false),
                ProjectStatus.SELECTED, BigDecimal.ZERO))
                .containsExactly("requestedAmount:above-call-maximum", "awardedAmount:above-call-maximum");
        ProjectDetails tbd = new ProjectDetails(1L, null, "X", null, List.of(), null, "P", null, null, List.of(),
                null, null, null, true, euro("45000"), List.of(), null, null);
        assertThat(breaches(tbd, ProjectStatus.SELECTED, BigDecimal.ZERO))
                .containsExactly("awardMaximum:above-call-maximum");
    }

    @Test
    void ownFinancingUnderTheMinimumShareIsRefused() {
        // 39,999.99 own against 40,000 requested is just under 50 %
        assertThat(breaches(project("P", euro("40000"), euro("39999.99"), null, false), ProjectStatus.SUBMITTED,
                BigDecimal.ZERO)).containsExactly("ownFinancing:under-minimum-own-financing");
        assertThat(breaches(project("P", euro("40000"), null, null, false), ProjectStatus.SUBMITTED,
                BigDecimal.ZERO)).containsExactly("ownFinancing:under-minimum-own-financing");
        assertThat(breaches(project("P", euro("40000"), euro("40000"), null, false), ProjectStatus.SUBMITTED,
                BigDecimal.ZERO)).isEmpty();
    }

    @Test
    void aSelectedProjectNeedsAnAmountOrToBeDetermined() {
        assertThat(breaches(project("P", null, null, null, false), ProjectStatus.SELECTED, BigDecimal.ZERO))
                .containsExactly("awardedAmount:award-required");
        assertThat(breaches(project("P", null, null, null, false), ProjectStatus.RUNNING, BigDecimal.ZERO))
                .containsExactly("awardedAmount:award-required");
        assertThat(breaches(project("P", null, null, null, true), ProjectStatus.SELECTED, BigDecimal.ZERO)).isEmpty();
        assertThat(breaches(project("P", null, null, null, false), ProjectStatus.SUBMITTED, BigDecimal.ZERO))
                .isEmpty();
        assertThat(breaches(project("P", null, null, null, false), ProjectStatus.NOT_SELECTED, BigDecimal.ZERO))
                .isEmpty();
    }

    /**
     * The published 2020 pilots: 16 × 40,000 and five smaller fixed awards (772,091.69 in all), five "to be
     * determined, at most 40,000", under a budget of 800,000. They fit; the rule counts fixed awards only.
     */
    @Test
    void thePublished2020PilotsFitTheBudgetAndOneMoreFixedAwardDoesNot() {
        BigDecimal fixed = euro("40000").multiply(BigDecimal.valueOf(16));
        for (String smaller : List.of("30000.00", "28500.00", "25091.69", "24500.00", "24000.00")) {
            assertThat(breaches(project("P", null, null, euro(smaller), false), ProjectStatus.SELECTED, fixed))
                    .isEmpty();
            fixed = fixed.add(euro(smaller));
        }
        assertThat(fixed).isEqualByComparingTo("772091.69");
        for (int i = 0; i < 5; i++) {
            assertThat(breaches(project("P", null, null, null, true), ProjectStatus.SELECTED, fixed)).isEmpty();
        }
        assertThat(breaches(project("P", null, null, euro("27908.31"), false), ProjectStatus.RUNNING, fixed))
                .isEmpty();
        List<FieldViolation> over = CallRules.violations(call, project("P", null, null, euro("27908.32"), false),
                ProjectStatus.SELECTED, fixed);
        assertThat(over).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("awardedAmount", "above-call-budget"));
        assertThat(over.get(0).message()).contains("800000.00").contains("27908.31");
        // a project that is not selected does not spend the budget
        assertThat(breaches(project("P", null, null, euro("40000"), false), ProjectStatus.SUBMITTED, fixed))
                .isEmpty();
    }
}
