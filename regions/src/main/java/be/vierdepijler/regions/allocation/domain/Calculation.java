package be.vierdepijler.regions.allocation.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * The whole calculation of an allocation, exact: every figure a reader needs to redo it by hand.
 *
 * @param criteria the criteria in the order given, with their normalised weights and totals over all networks
 * @param networks one line per network, in the order of the networks given
 * @param amount   the amount divided; the final amounts add up to exactly this
 * @param cap      the cap per network, or null
 * @param rounds   how many rounds the cap needed (0 without a cap or when no network reached it)
 */
public record Calculation(List<CriterionTotal> criteria, List<NetworkLine> networks, BigDecimal amount,
                          BigDecimal cap, int rounds) {

    public Calculation {
        criteria = List.copyOf(criteria);
        networks = List.copyOf(networks);
    }

    /**
     * One criterion over all networks.
     *
     * @param weight     the weight as given
     * @param normalised the weight divided by the sum of the weights
     * @param total      the sum of the values of all networks
     */
    public record CriterionTotal(CriterionWeight weight, Fraction normalised, long total) {
    }

    /**
     * One criterion of one network.
     *
     * @param value    the network's value
     * @param fraction the value divided by the criterion's total, or null when the total is 0 (only a criterion of
     *                 weight 0 may have that)
     */
    public record CriterionValue(Criterion criterion, long value, Fraction fraction) {
    }

    /**
     * One network's part.
     *
     * @param values         per criterion, in the order of the criteria
     * @param share          Σ normalised weight × fraction
     * @param raw            share × amount
     * @param cappedInRound  0 when not capped; 1 when the raw amount was above the cap; n when the redistribution of
     *                       round n - 1 pushed it over
     * @param redistributed  before rounding minus raw: negative for a capped network (what it gave up), positive for
     *                       one that received part of the excess; the column adds up to 0
     * @param beforeRounding the exact amount the network is due
     * @param floored        beforeRounding rounded down to the cent
     * @param remainder      the part of a cent cut off by rounding down, in cents, in [0, 1)
     * @param rank           the network's place in the order the remaining cents are handed out (1 first)
     * @param centsAdded     how many cents the largest remainder method added (0 or 1)
     * @param finalAmount    floored plus the cents added
     */
    public record NetworkLine(String networkId, String networkName, List<CriterionValue> values, Fraction share,
                              Fraction raw, int cappedInRound, Fraction redistributed, Fraction beforeRounding,
                              BigDecimal floored, Fraction remainder, int rank, int centsAdded,
                              BigDecimal finalAmount) {

        public NetworkLine {
            values = List.copyOf(values);
        }

        public boolean capped() {
            return cappedInRound > 0;
        }
    }

    /** The sum of the final amounts: always {@link #amount()}. */
    public BigDecimal finalTotal() {
        return networks.stream().map(NetworkLine::finalAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** How many cents the largest remainder method handed out. */
    public int centsDistributed() {
        return networks.stream().mapToInt(NetworkLine::centsAdded).sum();
    }
}
