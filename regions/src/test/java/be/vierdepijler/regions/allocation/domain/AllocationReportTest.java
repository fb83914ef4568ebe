package be.vierdepijler.regions.allocation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.core.shared.table.Column;
import be.vierdepijler.core.shared.table.Report;
import be.vierdepijler.core.shared.table.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AllocationReportTest {

    @Test
    void oneTableWithEveryStepPerNetworkAndTotalsThatAddUp() {
        Criterion inhabitants = Criterion.of(FigureKind.INHABITANTS);
        AllocationTerms terms = new AllocationTerms("Netwerkoproep", "oproep 507", new BigDecimal("100.01"),
                new BigDecimal("40.00"), LocalDate.of(2026, 1, 1), List.of(
                new CriterionWeight(Criterion.PARTICIPATING_MUNICIPALITIES, BigDecimal.ONE, null),
                new CriterionWeight(inhabitants, new BigDecimal("3"), 2024)));
        List<NetworkFigures> networks = List.of(
                new NetworkFigures("a", "Alfa", Map.of(Criterion.PARTICIPATING_MUNICIPALITIES.code(), 10L,
                        inhabitants.code(), 500_000L)),
                new NetworkFigures("b", "Beta", Map.of(Criterion.PARTICIPATING_MUNICIPALITIES.code(), 3L,
                        inhabitants.code(), 20_000L)),
                new NetworkFigures("c", "Gamma", Map.of(Criterion.PARTICIPATING_MUNICIPALITIES.code(), 4L,
                        inhabitants.code(), 31_000L)));
        Allocation allocation = new Allocation(terms, AllocationCalculator.calculate(terms, networks),
                Instant.parse("2026-12-04T10:00:00Z"), "admin");

        Report report = AllocationReport.of(allocation);

        assertThat(report.tables()).hasSize(1);
        Table table = report.tables().get(0);
        assertThat(table.columns()).extracting(Column::key).containsExactly("networkId", "network",
                "participating-municipalities.value", "participating-municipalities.fraction",
                "inhabitants.value", "inhabitants.fraction", "share", "rawAmount", "capped", "redistributed",
                "beforeRounding", "floored", "remainderCents", "roundingRank", "centsAdded", "finalAmount");
        assertThat(table.columns().get(4).label()).isEqualTo("Inwoners 2024");
        assertThat(table.rows()).hasSize(3);
        int last = table.columns().size() - 1;
        BigDecimal sum = table.rows().stream().map(r -> (BigDecimal) r.get(last)).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        assertThat(sum).isEqualByComparingTo("100.01");
        assertThat(table.totals().get(last)).isEqualTo(new BigDecimal("100.01"));
        assertThat(table.totals().get(2)).isEqualTo(17L);
        assertThat(table.totals().get(4)).isEqualTo(551_000L);
        // Alfa is above the 40.00 cap and gets exactly the cap
        assertThat(table.rows().get(0).get(8)).isEqualTo(true);
        assertThat((BigDecimal) table.rows().get(0).get(last)).isEqualByComparingTo("40.00");
        assertThat(report.parameters()).containsEntry("Oproep", "oproep 507")
                .containsEntry("Plafond per netwerk", "40.00 EUR");
        assertThat(report.key()).isEqualTo("allocation-preview");
    }
}
