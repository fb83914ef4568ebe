package be.vierdepijler.regions.funding.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Calls and projects for the unit tests: the 2020 pilot call as published. */
public final class FundingFixtures {

    public static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    private FundingFixtures() {
    }

    public static FundingCallDetails pilotCall() {
        return new FundingCallDetails("oproep 507", "Proeftuinen participatie- en netwerktraject", CallKind.PILOT_CALL,
                List.of(new FunderShare("AMIF", new BigDecimal("50")), new FunderShare("VVSG", new BigDecimal("50"))),
                new BigDecimal("800000.00"), new BigDecimal("40000.00"), new BigDecimal("50"), "Lokale besturen",
                LocalDate.of(2020, 9, 1), LocalDate.of(2020, 12, 31), 24, null);
    }

    public static FundingCall pilot() {
        return new FundingCall(pilotCall(), NOW);
    }

    public static ProjectDetails project(String name, BigDecimal requested, BigDecimal own, BigDecimal awarded,
                                         boolean toBeDetermined) {
        return new ProjectDetails(1L, null, "Stad Ieper", "Ieper", List.of("33011"), null, name, null, null,
                List.of("buddy"), requested, own, awarded, toBeDetermined, null, List.of(), LocalDate.of(2020, 9, 1),
                LocalDate.of(2022, 8, 31));
    }

    public static BigDecimal euro(String amount) {
        return new BigDecimal(amount);
    }
}
