package be.vierdepijler.regions.allocation.domain;

import be.vierdepijler.core.shared.FieldViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an allocation divides and by what: the amount, the criteria with their weights and years, an optional cap per
 * network, the day on which participation counts, a name and an optional reference to a funding call (by its
 * reference text only).
 *
 * @param name          required, at most 200 characters
 * @param callReference optional, at most 200 characters
 * @param amount        in euro, more than 0, at most two decimals, at most {@link #MAX_AMOUNT}
 * @param cap           the most one network may get, or null for none; more than 0, at most two decimals
 * @param referenceDate the day on which a municipality must take part to count
 * @param criteria      one to {@link #MAX_CRITERIA} distinct criteria, weights ≥ 0 and at least one above 0
 */
public record AllocationTerms(String name, String callReference, BigDecimal amount, BigDecimal cap,
                              LocalDate referenceDate, List<CriterionWeight> criteria) {

    /** A thousand billion euro: far above any budget, low enough that nothing overflows. */
    public static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000.00");
    public static final BigDecimal MAX_WEIGHT = new BigDecimal("1000000");
    public static final int MAX_WEIGHT_DECIMALS = 6;
    public static final int MAX_CRITERIA = 10;
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2100;

    public AllocationTerms {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
    }

    /** Every field that is not in order; empty when the terms can be calculated. */
    public List<FieldViolation> violations() {
        List<FieldViolation> violations = new ArrayList<>();
        if (name == null || name.isBlank()) {
            violations.add(new FieldViolation("name", "required", "Geef de verdeling een naam."));
        } else if (name.strip().length() > 200) {
            violations.add(new FieldViolation("name", "too-long", "Hoogstens 200 tekens."));
        }
        if (callReference != null && callReference.strip().length() > 200) {
            violations.add(new FieldViolation("callReference", "too-long", "Hoogstens 200 tekens."));
        }
        money("amount", amount, true, violations);
        money("cap", cap, false, violations);
        if (referenceDate == null) {
            violations.add(new FieldViolation("referenceDate", "required",
                    "Geef de peildatum waarop de deelnemende gemeenten geteld worden."));
        } else if (referenceDate.getYear() < MIN_YEAR || referenceDate.getYear() > MAX_YEAR) {
            violations.add(new FieldViolation("referenceDate", "out-of-range",
                    "De peildatum ligt tussen " + MIN_YEAR + " en " + MAX_YEAR + "."));
        }
        criteria(violations);
        return violations;
    }

    private void criteria(List<FieldViolation> violations) {
        if (criteria.isEmpty()) {
            violations.add(new FieldViolation("criteria", "required", "Geef minstens één criterium met een gewicht."));
            return;
        }
        if (criteria.size() > MAX_CRITERIA) {
            violations.add(new FieldViolation("criteria", "too-many", "Hoogstens " + MAX_CRITERIA
                    + " criteria (er zijn er " + criteria.size() + ")."));
            return;
        }
        Set<String> seen = new HashSet<>();
        boolean anyWeight = false;
        for (int i = 0; i < criteria.size(); i++) {
            CriterionWeight c = criteria.get(i);
            String at = "criteria[" + i + "]";
            if (!seen.add(c.criterion().code())) {
                violations.add(new FieldViolation(at + ".criterion", "duplicate", "Het criterium '"
                        + c.criterion().code() + "' staat er twee keer in."));
            }
            BigDecimal w = c.weight();
            if (w.signum() < 0) {
                violations.add(new FieldViolation(at + ".weight", "negative", "Een gewicht is 0 of meer."));
            } else if (w.compareTo(MAX_WEIGHT) > 0) {
                violations.add(new FieldViolation(at + ".weight", "too-large", "Een gewicht is hoogstens "
                        + MAX_WEIGHT.toPlainString() + "; enkel de verhouding telt."));
            } else if (w.signum() > 0 && w.stripTrailingZeros().scale() > MAX_WEIGHT_DECIMALS) {
                violations.add(new FieldViolation(at + ".weight", "too-many-decimals", "Een gewicht heeft hoogstens "
                        + MAX_WEIGHT_DECIMALS + " decimalen."));
            } else if (w.signum() > 0) {
                anyWeight = true;
            }
            if (c.criterion().needsYear()) {
                if (c.year() == null) {
                    if (w.signum() > 0) {
                        violations.add(new FieldViolation(at + ".year", "required", "Geef het jaar van de cijfers ("
                                + c.criterion().label().toLowerCase(java.util.Locale.ROOT) + ")."));
                    }
                } else if (c.year() < MIN_YEAR || c.year() > MAX_YEAR) {
                    violations.add(new FieldViolation(at + ".year", "out-of-range", "Een jaar ligt tussen "
                            + MIN_YEAR + " en " + MAX_YEAR + "."));
                }
            }
        }
        if (!anyWeight && violations.stream().noneMatch(v -> v.field().endsWith(".weight"))) {
            violations.add(new FieldViolation("criteria", "no-weight",
                    "Minstens één criterium heeft een gewicht groter dan 0."));
        }
    }

    private static void money(String field, BigDecimal value, boolean required, List<FieldViolation> violations) {
        if (value == null) {
            if (required) {
                violations.add(new FieldViolation(field, "required", "Geef een bedrag in euro."));
            }
            return;
        }
        if (value.signum() <= 0) {
            violations.add(new FieldViolation(field, "not-positive", "Het bedrag is groter dan 0."));
        } else if (value.compareTo(MAX_AMOUNT) > 0) {
            violations.add(new FieldViolation(field, "too-large", "Het bedrag is hoogstens "
                    + MAX_AMOUNT.toPlainString() + " euro."));
        } else if (value.stripTrailingZeros().scale() > 2) {
            violations.add(new FieldViolation(field, "too-many-decimals", "Een bedrag heeft hoogstens twee decimalen"
                    + " (op de cent)."));
        }
    }
}
