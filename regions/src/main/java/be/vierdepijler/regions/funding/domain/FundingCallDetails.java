package be.vierdepijler.regions.funding.domain;

import be.vierdepijler.core.shared.FieldViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an administrator fills in for a funding call; {@link #violations()} lists every field that is not in order.
 *
 * @param reference                 the natural key, e.g. "oproep 507" or "PJ0-1PFC2DB-PR"
 * @param funders                   the funders with their shares in %, which add up to 100
 * @param maxPerProject             the most one project may be awarded; null: no maximum
 * @param minOwnFinancingPercent    the least share of own financing in a project's budget, in %; null: none
 * @param startFrom                 the first day a project may start; null: open
 * @param startUntil                the last day a project may start; null: open
 * @param durationMonths            how long a project runs; null: not fixed
 */
public record FundingCallDetails(String reference, String name, CallKind kind, List<FunderShare> funders,
                                 BigDecimal totalBudget, BigDecimal maxPerProject, BigDecimal minOwnFinancingPercent,
                                 String eligibleApplicants, LocalDate startFrom, LocalDate startUntil,
                                 Integer durationMonths, String description) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public FundingCallDetails {
        funders = funders == null ? List.of() : List.copyOf(funders);
    }

    public List<FieldViolation> violations() {
        List<FieldViolation> v = new ArrayList<>();
        text(v, "reference", reference, 100, "Geef de referentie van de oproep (bv. oproep 507).");
        text(v, "name", name, 300, "Geef de naam van de oproep.");
        if (kind == null) {
            v.add(new FieldViolation("kind", "required", "Kies het soort oproep: " + String.join(", ", CallKind.codes())
                    + "."));
        }
        funders(v);
        if (totalBudget == null) {
            v.add(new FieldViolation("totalBudget", "required", "Geef het totale budget van de oproep."));
        }
        Amounts.check(v, "totalBudget", totalBudget);
        Amounts.check(v, "maxPerProject", maxPerProject);
        if (totalBudget != null && maxPerProject != null && maxPerProject.compareTo(totalBudget) > 0) {
            v.add(new FieldViolation("maxPerProject", "above-total-budget",
                    "Het maximum per project ligt boven het totale budget."));
        }
        if (minOwnFinancingPercent != null && (minOwnFinancingPercent.signum() < 0
                || minOwnFinancingPercent.compareTo(HUNDRED) >= 0
                || minOwnFinancingPercent.stripTrailingZeros().scale() > 2)) {
            v.add(new FieldViolation("minOwnFinancingPercent", "out-of-range",
                    "Een minimum eigen financiering ligt tussen 0 en 100 % (hoogstens twee decimalen)."));
        }
        tooLong(v, "eligibleApplicants", eligibleApplicants, 2000);
        if (startFrom != null && startUntil != null && startUntil.isBefore(startFrom)) {
            v.add(new FieldViolation("startUntil", "before-start-from", "De startperiode eindigt voor ze begint."));
        }
        if (durationMonths != null && (durationMonths < 1 || durationMonths > 240)) {
            v.add(new FieldViolation("durationMonths", "out-of-range", "Een looptijd telt 1 tot 240 maanden."));
        }
        tooLong(v, "description", description, 4000);
        return v;
    }

    private void funders(List<FieldViolation> v) {
        if (funders.isEmpty()) {
            v.add(new FieldViolation("funders", "required", "Geef minstens één financier met zijn aandeel in %."));
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        Set<String> names = new HashSet<>();
        boolean sharesInOrder = true;
        for (int i = 0; i < funders.size(); i++) {
            FunderShare f = funders.get(i);
            String prefix = "funders[" + i + "].";
            if (f.funder() == null || f.funder().isBlank()) {
                v.add(new FieldViolation(prefix + "funder", "required", "Geef de naam van de financier."));
            } else if (f.funder().strip().length() > 100) {
                v.add(new FieldViolation(prefix + "funder", "too-long", "Hoogstens 100 tekens."));
            } else if (!names.add(f.funder().strip().toLowerCase(java.util.Locale.ROOT))) {
                v.add(new FieldViolation(prefix + "funder", "duplicate", "Deze financier staat er al."));
            }
            BigDecimal share = f.sharePercent();
            if (share == null || share.signum() <= 0 || share.compareTo(HUNDRED) > 0
                    || share.stripTrailingZeros().scale() > 2) {
                v.add(new FieldViolation(prefix + "sharePercent", "out-of-range",
                        "Een aandeel ligt tussen 0 (niet inbegrepen) en 100 %, met hoogstens twee decimalen."));
                sharesInOrder = false;
            } else {
                sum = sum.add(share);
            }
        }
        if (sharesInOrder && sum.compareTo(HUNDRED) != 0) {
            v.add(new FieldViolation("funders", "shares-not-100",
                    "De aandelen van de financiers tellen op tot " + sum.stripTrailingZeros().toPlainString()
                            + " %, niet tot 100 %."));
        }
    }

    static void text(List<FieldViolation> v, String field, String value, int max, String required) {
        if (value == null || value.isBlank()) {
            v.add(new FieldViolation(field, "required", required));
        } else {
            tooLong(v, field, value.strip(), max);
        }
    }

    static void tooLong(List<FieldViolation> v, String field, String value, int max) {
        if (value != null && value.length() > max) {
            v.add(new FieldViolation(field, "too-long", "Hoogstens " + max + " tekens."));
        }
    }
}
