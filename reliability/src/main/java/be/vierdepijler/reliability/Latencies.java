package be.vierdepijler.reliability;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Percentiles and windows over the samples of a run, for the soak and the outage measurements. */
public final class Latencies {

    private Latencies() {
    }

    /**
     * The p-th percentile (0 &lt; p ≤ 100) by the nearest-rank method: the smallest value with at least p % of the
     * values at or below it; 0 for no values.
     */
    public static long percentile(long[] values, double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile " + p);
        }
        if (values.length == 0) {
            return 0;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** The latencies (ms) of the samples that started in [fromMillis, toMillis) of the run. */
    public static long[] window(List<Tally.Sample> samples, long fromMillis, long toMillis) {
        return samples.stream().filter(s -> s.startMillis() >= fromMillis && s.startMillis() < toMillis)
                .mapToLong(Tally.Sample::latencyMillis).toArray();
    }

    public static long max(long[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    /** "n=…, p50=…, p95=…, p99=…, max=… ms" */
    public static String summary(long[] values) {
        if (values.length == 0) {
            return "n=0";
        }
        return "n=" + values.length + ", " + List.of(50.0, 95.0, 99.0).stream()
                .map(p -> "p" + (int) p.doubleValue() + "=" + percentile(values, p)).collect(Collectors.joining(", "))
                + ", max=" + max(values) + " ms";
    }
}
