package be.vierdepijler.core.report.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Shares of a whole in percent with one decimal that add up to exactly 100.0, as a published table must: each share is
 * first cut down to its tenth of a percent, and the tenths still missing go one each to the shares that lost most by
 * the cut (largest remainder, Hare–Niemeyer). Ties go to the larger value, then to the one listed first, so the
 * answer never depends on chance.
 */
public final class Shares {

    private static final BigDecimal TENTHS = BigDecimal.valueOf(1000);

    private Shares() {
    }

    /**
     * @param values non-negative amounts (e.g. hours)
     * @return one percentage per value, scale 1, in the same order; all 0.0 when the values add up to zero
     */
    public static List<BigDecimal> percentages(List<BigDecimal> values) {
        BigDecimal total = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<BigDecimal> zero = values.stream().map(v -> BigDecimal.ZERO.setScale(1)).toList();
        if (total.signum() <= 0) {
            return zero;
        }
        int n = values.size();
        long[] tenths = new long[n];
        BigDecimal[] remainders = new BigDecimal[n];
        long given = 0;
        for (int i = 0; i < n; i++) {
            BigDecimal exact = values.get(i).multiply(TENTHS).divide(total, 12, RoundingMode.DOWN);
            tenths[i] = exact.setScale(0, RoundingMode.DOWN).longValueExact();
            remainders[i] = exact.subtract(BigDecimal.valueOf(tenths[i]));
            given += tenths[i];
        }
        List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed()
                .thenComparing(Comparator.comparing((Integer i) -> values.get(i)).reversed())
                .thenComparing(Comparator.naturalOrder()));
        long missing = 1000 - given;
        for (int k = 0; k < missing; k++) {
            tenths[order.get(k % n)]++;
        }
        List<BigDecimal> shares = new ArrayList<>(n);
        for (long t : tenths) {
            shares.add(BigDecimal.valueOf(t, 1));
        }
        return shares;
    }
}
