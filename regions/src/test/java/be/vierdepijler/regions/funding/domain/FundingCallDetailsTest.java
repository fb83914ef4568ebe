package be.vierdepijler.regions.funding.domain;

import static be.vierdepijler.regions.funding.domain.FundingFixtures.euro;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FundingCallDetailsTest {

    private static List<String> codes(FundingCallDetails d) {
        return d.violations().stream().map(v -> v.field() + ":" + v.code()).toList();
    }

    @Test
    void thePublishedPilotCallIsInOrder() {
        FundingCall call = FundingFixtures.pilot();
        assertThat(call.totalBudget()).isEqualTo(euro("800000.00"));
        assertThat(call.funders()).extracting(FunderShare::funder).containsExactly("AMIF", "VVSG");
        assertThat(call.holds(FundingFixtures.pilotCall())).isTrue();
    }

    @Test
    void sharesMustAddUpToAHundred() {
        FundingCallDetails d = FundingFixtures.pilotCall();
        FundingCallDetails wrong = new FundingCallDetails(d.reference(), d.name(), d.kind(),
                List.of(new FunderShare("AMIF", euro("50")), new FunderShare("VVSG", euro("40"))), d.totalBudget(),
                d.maxPerProject(), d.minOwnFinancingPercent(), null, null, null, null, null);
        assertThat(codes(wrong)).containsExactly("funders:shares-not-100");
        FundingCallDetails none = new FundingCallDetails("r", "n", CallKind.NETWORK_CALL, List.of(), euro("1"),
                null, null, null, null, null, null, null);
        assertThat(codes(none)).containsExactly("funders:required");
    }

    @Test
    void refusesEveryBadFieldAtOnceAndChangesNothing() {
        FundingCallDetails bad = new FundingCallDetails(" ", null, null,
                List.of(new FunderShare("AMIF", euro("100")), new FunderShare("amif", euro("0"))),
                euro("100.005"), euro("-1"), euro("100"), null, LocalDate.of(2021, 1, 1), LocalDate.of(2020, 1, 1),
                0, null);
        assertThat(codes(bad)).containsExactly("reference:required", "name:required", "kind:required",
                "funders[1].funder:duplicate", "funders[1].sharePercent:out-of-range",
                "totalBudget:too-many-decimals", "maxPerProject:negative", "minOwnFinancingPercent:out-of-range",
                "startUntil:before-start-from", "durationMonths:out-of-range");
        FundingCall call = FundingFixtures.pilot();
        assertThatThrownBy(() -> call.apply(bad)).isInstanceOf(InvalidInputException.class);
        assertThat(call.reference()).isEqualTo("oproep 507");
    }

    @Test
    void theMaximumPerProjectIsNotAboveTheBudget() {
        FundingCallDetails d = FundingFixtures.pilotCall();
        FundingCallDetails over = new FundingCallDetails(d.reference(), d.name(), d.kind(), d.funders(), euro("100"),
                euro("200"), null, null, null, null, null, null);
        assertThat(over.violations()).extracting(FieldViolation::code).containsExactly("above-total-budget");
    }
}
