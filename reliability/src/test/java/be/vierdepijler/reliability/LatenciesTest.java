package be.vierdepijler.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class LatenciesTest {

    @Test
    void percentilesByNearestRank() {
        long[] hundred = new long[100];
        for (int i = 0; i < 100; i++) {
            hundred[i] = 100 - i; // 100 … 1, unsorted on purpose
        }
        assertThat(Latencies.percentile(hundred, 50)).isEqualTo(50);
        assertThat(Latencies.percentile(hundred, 99)).isEqualTo(99);
        assertThat(Latencies.percentile(hundred, 100)).isEqualTo(100);
        assertThat(Latencies.percentile(new long[] {7}, 99)).isEqualTo(7);
        assertThat(Latencies.percentile(new long[] {1, 2, 3, 4}, 50)).isEqualTo(2);
        assertThat(Latencies.percentile(new long[] {1, 2, 3, 4}, 51)).isEqualTo(3);
        assertThat(Latencies.percentile(new long[0], 99)).isZero();
        assertThat(hundred[0]).as("the input is not sorted in place").isEqualTo(100);
        assertThatThrownBy(() -> Latencies.percentile(hundred, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void windowsTakeTheSamplesThatStartedInThem() {
        List<Tally.Sample> samples = List.of(new Tally.Sample("a", 0, 5, 200), new Tally.Sample("a", 999, 6, 200),
                new Tally.Sample("a", 1000, 7, 200), new Tally.Sample("a", 2500, 8, 503));
        assertThat(Latencies.window(samples, 0, 1000)).containsExactly(5, 6);
        assertThat(Latencies.window(samples, 1000, 3000)).containsExactly(7, 8);
        assertThat(Latencies.max(Latencies.window(samples, 0, 3000))).isEqualTo(8);
        assertThat(Latencies.summary(new long[] {1, 2, 3})).isEqualTo("n=3, p50=2, p95=3, p99=3, max=3 ms");
    }

    @Test
    void errorsAreCountedByClass() {
        List<Tally.Sample> samples = List.of(new Tally.Sample("a", 0, 1, 200), new Tally.Sample("a", 0, 1, 0),
                new Tally.Sample("a", 0, 1, 409), new Tally.Sample("a", 0, 1, 409), new Tally.Sample("a", 0, 1, 503));
        assertThat(Tally.errorsByClass(samples)).containsExactly(java.util.Map.entry("4xx 409", 2),
                java.util.Map.entry("5xx 503", 1), java.util.Map.entry("no answer", 1));
    }
}
