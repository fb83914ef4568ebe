package be.vierdepijler.core.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SharesTest {

    private static List<BigDecimal> of(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    private static BigDecimal sum(List<BigDecimal> shares) {
        return shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Test
    void threeEqualPartsAddUpToOneHundredNotNinetyNinePointNine() {
        List<BigDecimal> shares = Shares.percentages(of("1", "1", "1"));
        // rounding each would give 33.3 three times = 99.9; the missing tenth goes to the first of the ties
        assertThat(shares).containsExactly(new BigDecimal("33.4"), new BigDecimal("33.3"), new BigDecimal("33.3"));
        assertThat(sum(shares)).isEqualByComparingTo("100.0");
    }

    @Test
    void theMissingTenthsGoToTheLargestRemainders() {
        // 2/3 = 66.666…, 1/6 = 16.666…, 1/6: rounding each half-up gives 66.7 + 16.7 + 16.7 = 100.1
        List<BigDecimal> shares = Shares.percentages(of("4", "1", "1"));
        assertThat(sum(shares)).isEqualByComparingTo("100.0");
        assertThat(shares).containsExactly(new BigDecimal("66.7"), new BigDecimal("16.7"), new BigDecimal("16.6"));
    }

    @Test
    void exactSharesStayExactAndTheParliamentsTableAddsUp() {
        assertThat(Shares.percentages(of("1", "3"))).containsExactly(new BigDecimal("25.0"), new BigDecimal("75.0"));
        // vraag 173's published shares as hours: they add up to exactly 100
        List<BigDecimal> published = of("34", "30", "7", "7", "6", "5", "4", "4", "3");
        assertThat(Shares.percentages(published)).containsExactly(of("34.0", "30.0", "7.0", "7.0", "6.0", "5.0",
                "4.0", "4.0", "3.0").toArray(BigDecimal[]::new));
        List<BigDecimal> awkward = of("12.25", "7.75", "0.25", "3.5", "101.5", "0.75", "9");
        assertThat(sum(Shares.percentages(awkward))).isEqualByComparingTo("100.0");
    }

    @Test
    void noHoursAreNoSharesAndTheOrderIsKept() {
        assertThat(Shares.percentages(of("0", "0"))).containsExactly(new BigDecimal("0.0"), new BigDecimal("0.0"));
        assertThat(Shares.percentages(List.of())).isEmpty();
        assertThat(Shares.percentages(of("0", "5"))).containsExactly(new BigDecimal("0.0"), new BigDecimal("100.0"));
    }
}
