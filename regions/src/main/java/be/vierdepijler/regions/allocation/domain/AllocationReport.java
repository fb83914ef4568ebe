package be.vierdepijler.regions.allocation.domain;

import be.vierdepijler.core.shared.table.Column;
import be.vierdepijler.core.shared.table.Report;
import be.vierdepijler.core.shared.table.Table;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An allocation as a {@link Report} of one table, the same for JSON, CSV and XLSX: one row per network with every
 * step of the calculation, and a totals row (the final amounts add up to the amount).
 */
public final class AllocationReport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private AllocationReport() {
    }

    public static Report of(Allocation allocation) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text("networkId", "Netwerk-id"));
        columns.add(Column.text("network", "Netwerk"));
        for (AllocatedCriterion c : allocation.criteria()) {
            String name = c.label() + (c.year() == null ? "" : " " + c.year());
            columns.add(Column.integer(c.criterion() + ".value", name));
            columns.add(Column.decimal(c.criterion() + ".fraction", "Aandeel " + name.toLowerCase()));
        }
        columns.add(Column.decimal("share", "Gewogen aandeel"));
        columns.add(Column.decimal("rawAmount", "Bedrag volgens aandeel"));
        columns.add(Column.bool("capped", "Geplafonneerd"));
        columns.add(Column.decimal("redistributed", "Herverdeeld"));
        columns.add(Column.decimal("beforeRounding", "Bedrag voor afronding"));
        columns.add(Column.amount("floored", "Afgerond naar beneden"));
        columns.add(Column.decimal("remainderCents", "Rest (cent)"));
        columns.add(Column.integer("roundingRank", "Volgorde rest"));
        columns.add(Column.integer("centsAdded", "Cent erbij"));
        columns.add(Column.amount("finalAmount", "Bedrag"));

        List<List<Object>> rows = new ArrayList<>();
        BigDecimal share = BigDecimal.ZERO;
        BigDecimal raw = BigDecimal.ZERO;
        BigDecimal redistributed = BigDecimal.ZERO;
        BigDecimal before = BigDecimal.ZERO;
        BigDecimal floored = BigDecimal.ZERO;
        BigDecimal remainders = BigDecimal.ZERO;
        long cents = 0;
        for (AllocatedNetwork n : allocation.networks()) {
            List<Object> row = new ArrayList<>();
            row.add(n.networkId());
            row.add(n.networkName());
            for (AllocatedValue v : allocation.values(n.networkId())) {
                row.add(v.value());
                row.add(v.fraction());
            }
            row.add(n.share());
            row.add(n.rawAmount());
            row.add(n.capped());
            row.add(n.redistributed());
            row.add(n.beforeRounding());
            row.add(n.floored());
            row.add(n.remainderCents());
            row.add((long) n.roundingRank());
            row.add((long) n.centsAdded());
            row.add(n.finalAmount());
            rows.add(row);
            share = share.add(n.share());
            raw = raw.add(n.rawAmount());
            redistributed = redistributed.add(n.redistributed());
            before = before.add(n.beforeRounding());
            floored = floored.add(n.floored());
            remainders = remainders.add(n.remainderCents());
            cents += n.centsAdded();
        }
        List<Object> totals = new ArrayList<>();
        totals.add(null);
        totals.add("Totaal");
        for (AllocatedCriterion c : allocation.criteria()) {
            totals.add(c.total());
            totals.add(c.total() == 0 ? null : BigDecimal.ONE);
        }
        // the columns' sums of the kept decimals; the exact sums are 1, the amount and 0
        totals.add(share);
        totals.add(raw);
        totals.add(null);
        totals.add(redistributed);
        totals.add(before);
        totals.add(floored);
        totals.add(remainders);
        totals.add(null);
        totals.add(cents);
        totals.add(allocation.finalTotal());

        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("Naam", allocation.name());
        if (allocation.callReference() != null) {
            parameters.put("Oproep", allocation.callReference());
        }
        parameters.put("Bedrag", allocation.amount().toPlainString() + " EUR");
        parameters.put("Plafond per netwerk", allocation.cap() == null ? "geen"
                : allocation.cap().toPlainString() + " EUR");
        parameters.put("Peildatum deelnemende gemeenten", DAY.format(allocation.referenceDate()));
        for (AllocatedCriterion c : allocation.criteria()) {
            parameters.put("Gewicht " + c.label().toLowerCase() + (c.year() == null ? "" : " " + c.year()),
                    c.weight().stripTrailingZeros().toPlainString() + " (genormaliseerd "
                            + c.normalisedWeight().stripTrailingZeros().toPlainString() + ")");
        }
        parameters.put("Afronding", "grootste rest; bij gelijke rest het grootste aandeel, dan netwerk-id"
                + " alfabetisch");
        Table table = new Table("networks", "Verdeling per netwerk", columns, rows, totals);
        return new Report("allocation-" + (allocation.id() == null ? "preview" : allocation.id()),
                allocation.name(), parameters, List.of(table));
    }
}
