package be.vierdepijler.regions.allocation.domain;

import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Divides an amount over networks by weighted objective criteria, with an optional cap per network, to the cent.
 * Pure: no container, no database; every step is exact ({@link Fraction}) and only the last one rounds.
 *
 * <ol>
 *   <li><b>Share.</b> The weights are normalised (each divided by their sum). A network's share is
 *   Σ<sub>c</sub> weight<sub>c</sub> × value<sub>c</sub> / total<sub>c</sub>; the shares add up to 1. A criterion of
 *   weight above 0 whose total is 0 cannot divide anything and is refused at its year (or, for the participating
 *   municipalities, at the reference date).</li>
 *   <li><b>Raw amount</b> = share × amount.</li>
 *   <li><b>Cap.</b> The networks above the cap get the cap; what remains is divided over the others in proportion to
 *   their shares; repeated until no other network is above the cap (a network pushed over by the redistribution is
 *   capped in the next round). Refused at {@code cap} when the cap times the number of networks is below the amount,
 *   or when the rest would have to go to networks whose share is 0.</li>
 *   <li><b>Cents</b>, by the largest remainder method: every amount is rounded down to the cent; the cents still
 *   missing (fewer than the number of networks) go one each to the networks with the largest cut-off remainder. Ties
 *   are broken by the larger share, then by the network id in alphabetical order. The parts add up to the amount
 *   exactly, and a capped network never gets a cent above the cap.</li>
 * </ol>
 */
public final class AllocationCalculator {

    private static final Fraction CENTS_PER_EURO = Fraction.of(100);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

    private AllocationCalculator() {
    }

    /**
     * @param terms    the terms; checked here too
     * @param networks every network that takes part in the division, at least one, ids distinct
     * @throws InvalidInputException when the terms are not in order, a weighted criterion totals 0, or the cap cannot
     *                               be kept
     */
    public static Calculation calculate(AllocationTerms terms, List<NetworkFigures> networks) {
        List<FieldViolation> violations = terms.violations();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        if (networks.isEmpty()) {
            throw new IllegalArgumentException("no networks to divide over");
        }
        Fraction amount = Fraction.of(terms.amount());
        List<Calculation.CriterionTotal> totals = totals(terms, networks, violations);
        Fraction cap = terms.cap() == null ? null : Fraction.of(terms.cap());
        if (cap != null && cap.times(Fraction.of(networks.size())).compareTo(amount) < 0) {
            violations.add(new FieldViolation("cap", "cap-too-small", "Met een plafond van " + euro(terms.cap())
                    + " krijgen " + networks.size() + " netwerken samen hoogstens " + euro(terms.cap()
                    .multiply(BigDecimal.valueOf(networks.size()))) + ", minder dan " + euro(terms.amount()) + "."));
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }

        Map<String, Fraction> shares = new HashMap<>();
        Map<String, List<Calculation.CriterionValue>> values = new HashMap<>();
        for (NetworkFigures network : networks) {
            Fraction share = Fraction.ZERO;
            List<Calculation.CriterionValue> own = new ArrayList<>();
            for (Calculation.CriterionTotal total : totals) {
                Criterion criterion = total.weight().criterion();
                long value = network.value(criterion);
                Fraction fraction = total.total() == 0 ? null : Fraction.of(value, total.total());
                own.add(new Calculation.CriterionValue(criterion, value, fraction));
                if (fraction != null) {
                    share = share.plus(total.normalised().times(fraction));
                }
            }
            shares.put(network.networkId(), share);
            values.put(network.networkId(), own);
        }

        Map<String, Integer> cappedIn = new HashMap<>();
        Map<String, Fraction> due = new HashMap<>();
        int rounds = cap == null ? 0 : applyCap(networks, shares, amount, cap, cappedIn, due, terms.cap());
        if (cap == null) {
            networks.forEach(n -> due.put(n.networkId(), shares.get(n.networkId()).times(amount)));
        }

        return rounded(terms, networks, totals, shares, values, cappedIn, due, amount, rounds);
    }

    private static List<Calculation.CriterionTotal> totals(AllocationTerms terms, List<NetworkFigures> networks,
                                                           List<FieldViolation> violations) {
        Fraction weightSum = terms.criteria().stream().map(c -> Fraction.of(c.weight()))
                .reduce(Fraction.ZERO, Fraction::plus);
        List<Calculation.CriterionTotal> totals = new ArrayList<>();
        for (int i = 0; i < terms.criteria().size(); i++) {
            CriterionWeight weight = terms.criteria().get(i);
            long total = 0;
            for (NetworkFigures network : networks) {
                total = Math.addExact(total, network.value(weight.criterion()));
            }
            if (total == 0 && weight.weight().signum() > 0) {
                violations.add(weight.criterion().needsYear()
                        ? new FieldViolation("criteria[" + i + "].year", "no-figures", "Er zijn geen cijfers '"
                        + weight.criterion().label().toLowerCase(Locale.ROOT) + "' van " + weight.year()
                        + " voor de gemeenten die op " + DAY.format(terms.referenceDate())
                        + " deelnemen: importeer ze eerst, of kies een ander jaar.")
                        : new FieldViolation("referenceDate", "no-participating-municipalities",
                        "Op " + DAY.format(terms.referenceDate()) + " neemt geen enkele gemeente deel."));
            }
            totals.add(new Calculation.CriterionTotal(weight, Fraction.of(weight.weight()).dividedBy(weightSum),
                    total));
        }
        return totals;
    }

    /** The cap rounds; fills {@code due} and {@code cappedIn}; answers how many rounds capped a network. */
    private static int applyCap(List<NetworkFigures> networks, Map<String, Fraction> shares, Fraction amount,
                                Fraction cap, Map<String, Integer> cappedIn, Map<String, Fraction> due,
                                BigDecimal capAmount) {
        int round = 0;
        while (true) {
            Fraction rest = amount.minus(cap.times(Fraction.of(cappedIn.size())));
            Fraction uncappedShares = networks.stream().filter(n -> !cappedIn.containsKey(n.networkId()))
                    .map(n -> shares.get(n.networkId())).reduce(Fraction.ZERO, Fraction::plus);
            if (rest.signum() > 0 && uncappedShares.signum() == 0) {
                throw new InvalidInputException("cap", "cap-undistributable", "Met een plafond van " + euro(capAmount)
                        + " blijft " + euro(rest.toDecimal(2)) + " over voor netwerken die volgens de criteria"
                        + " niets krijgen; verhoog het plafond of kies andere gewichten.");
            }
            Set<String> over = new LinkedHashSet<>();
            for (NetworkFigures network : networks) {
                String id = network.networkId();
                if (cappedIn.containsKey(id)) {
                    due.put(id, cap);
                    continue;
                }
                Fraction part = uncappedShares.signum() == 0 ? Fraction.ZERO
                        : rest.times(shares.get(id)).dividedBy(uncappedShares);
                due.put(id, part);
                if (part.compareTo(cap) > 0) {
                    over.add(id);
                }
            }
            if (over.isEmpty()) {
                return round;
            }
            round++;
            for (String id : over) {
                cappedIn.put(id, round);
            }
        }
    }

    private static Calculation rounded(AllocationTerms terms, List<NetworkFigures> networks,
                                       List<Calculation.CriterionTotal> totals, Map<String, Fraction> shares,
                                       Map<String, List<Calculation.CriterionValue>> values,
                                       Map<String, Integer> cappedIn, Map<String, Fraction> due, Fraction amount,
                                       int rounds) {
        Map<String, BigInteger> flooredCents = new HashMap<>();
        Map<String, Fraction> remainders = new HashMap<>();
        BigInteger missing = terms.amount().movePointRight(2).toBigIntegerExact();
        for (NetworkFigures network : networks) {
            Fraction cents = due.get(network.networkId()).times(CENTS_PER_EURO);
            BigInteger floor = cents.floor();
            flooredCents.put(network.networkId(), floor);
            remainders.put(network.networkId(), cents.fractionalPart());
            missing = missing.subtract(floor);
        }
        if (missing.signum() < 0 || missing.compareTo(BigInteger.valueOf(networks.size())) >= 0) {
            throw new IllegalStateException("the largest remainder method misses " + missing + " cents");
        }
        List<String> order = networks.stream().map(NetworkFigures::networkId).sorted(tieOrder(remainders, shares))
                .toList();
        int toHandOut = missing.intValueExact();
        List<Calculation.NetworkLine> lines = new ArrayList<>();
        for (NetworkFigures network : networks) {
            String id = network.networkId();
            int rank = order.indexOf(id) + 1;
            int added = rank <= toHandOut ? 1 : 0;
            Fraction raw = shares.get(id).times(amount);
            BigDecimal floored = new BigDecimal(flooredCents.get(id)).movePointLeft(2);
            lines.add(new Calculation.NetworkLine(id, network.networkName(), values.get(id), shares.get(id), raw,
                    cappedIn.getOrDefault(id, 0), due.get(id).minus(raw), due.get(id), floored, remainders.get(id),
                    rank, added, floored.add(BigDecimal.valueOf(added, 2))));
        }
        return new Calculation(totals, lines, terms.amount(), terms.cap(), rounds);
    }

    /**
     * The order in which the cents left after rounding down are handed out: the largest remainder first; on a tie the
     * larger share; then the network id alphabetically.
     */
    static Comparator<String> tieOrder(Map<String, Fraction> remainders, Map<String, Fraction> shares) {
        Comparator<String> byRemainder = Comparator.comparing(remainders::get);
        Comparator<String> byShare = Comparator.comparing(shares::get);
        return byRemainder.reversed().thenComparing(byShare.reversed()).thenComparing(Comparator.naturalOrder());
    }

    private static String euro(BigDecimal amount) {
        java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0.00",
                java.text.DecimalFormatSymbols.getInstance(Locale.forLanguageTag("nl-BE")));
        return "€ " + format.format(amount);
    }
}
