package be.vierdepijler.regions.funding.domain;

import be.vierdepijler.core.shared.FieldViolation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules of a call that each of its projects keeps, each breach at the field that breaks it:
 * <ul>
 *   <li>the requested amount and the award (fixed, or the ceiling of one to be determined) are at most the call's
 *   maximum per project ({@code requestedAmount}, {@code awardedAmount}, {@code awardMaximum});</li>
 *   <li>own financing is at least the call's minimum share of the project's budget: own / (own + requested) in %
 *   ({@code ownFinancing}); checked when an amount is requested;</li>
 *   <li>a project that was selected (or went further) has an award: a fixed amount or "to be determined"
 *   ({@code awardedAmount});</li>
 *   <li>the fixed awards of the call's awarded projects add up to at most its total budget ({@code awardedAmount}).
 *   Only fixed awards count: a "to be determined, at most X" is a ceiling, not money handed out (the 2020 pilots had
 *   772,091.69 fixed and five "at most 40,000" under 800,000). Extensions' extra amounts do not count either: they
 *   are later decisions on later budget years (see ADR 0014).</li>
 * </ul>
 */
public final class CallRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CallRules() {
    }

    /**
     * @param details                 the project's details, already free of {@link ProjectDetails#violations()}
     * @param status                  the status the project is in (or is about to be in)
     * @param fixedAwardsOfOthers     the sum of the fixed awards of the call's other awarded projects
     */
    public static List<FieldViolation> violations(FundingCall call, ProjectDetails details, ProjectStatus status,
                                                  BigDecimal fixedAwardsOfOthers) {
        List<FieldViolation> v = new ArrayList<>();
        BigDecimal max = call.maxPerProject();
        if (max != null) {
            above(v, "requestedAmount", details.requestedAmount(), max, "Het gevraagde bedrag");
            above(v, "awardedAmount", details.awardedAmount(), max, "Het toegekende bedrag");
            above(v, "awardMaximum", details.awardMaximum(), max, "Het maximum van de toekenning");
        }
        BigDecimal min = call.minOwnFinancingPercent();
        BigDecimal requested = details.requestedAmount();
        if (min != null && requested != null) {
            BigDecimal own = details.ownFinancing() == null ? BigDecimal.ZERO : details.ownFinancing();
            BigDecimal budget = own.add(requested);
            if (budget.signum() > 0 && own.multiply(HUNDRED).compareTo(min.multiply(budget)) < 0) {
                v.add(new FieldViolation("ownFinancing", "under-minimum-own-financing", "De eigen financiering is "
                        + percent(own, budget) + " % van het projectbudget; de oproep vraagt minstens "
                        + min.stripTrailingZeros().toPlainString() + " %."));
            }
        }
        if (status.awarded() && details.awardedAmount() == null && !details.awardToBeDetermined()) {
            v.add(new FieldViolation("awardedAmount", "award-required", "Een project met status '" + status.label()
                    + "' heeft een toegekend bedrag of 'nog te bepalen'."));
        }
        if (status.awarded() && details.awardedAmount() != null) {
            BigDecimal total = fixedAwardsOfOthers.add(details.awardedAmount());
            if (total.compareTo(call.totalBudget()) > 0) {
                v.add(new FieldViolation("awardedAmount", "above-call-budget", "Met dit bedrag komen de toekenningen"
                        + " van de oproep op " + total.toPlainString() + " euro, boven het budget van "
                        + call.totalBudget().toPlainString() + " euro (nog beschikbaar: "
                        + call.totalBudget().subtract(fixedAwardsOfOthers).max(BigDecimal.ZERO).toPlainString()
                        + " euro)."));
            }
        }
        return v;
    }

    private static void above(List<FieldViolation> v, String field, BigDecimal amount, BigDecimal max, String what) {
        if (amount != null && amount.compareTo(max) > 0) {
            v.add(new FieldViolation(field, "above-call-maximum", what + " ligt boven het maximum per project van de"
                    + " oproep (" + max.toPlainString() + " euro)."));
        }
    }

    private static String percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(HUNDRED).divide(whole, 2, java.math.RoundingMode.DOWN).stripTrailingZeros()
                .toPlainString();
    }
}
