package be.vierdepijler.regions.allocation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class AllocationCalculatorTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 1);
    private static final Criterion PARTICIPATING = Criterion.PARTICIPATING_MUNICIPALITIES;
    private static final Criterion INHABITANTS = Criterion.of(FigureKind.INHABITANTS);
    private static final Criterion CONTRACTS = Criterion.of(FigureKind.FIRST_INTEGRATION_CONTRACTS);

    private static CriterionWeight weight(Criterion criterion, String weight) {
        return new CriterionWeight(criterion, new BigDecimal(weight), 2024);
    }

    private static AllocationTerms terms(String amount, String cap, CriterionWeight... weights) {
        return new AllocationTerms("Test", null, new BigDecimal(amount), cap == null ? null : new BigDecimal(cap),
                DAY, List.of(weights));
    }

    /** 18 networks n01..n18 with the given inhabitants (participating 1 each, contracts 0). */
    private static List<NetworkFigures> inhabitants(long... values) {
        List<NetworkFigures> networks = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            String id = String.format("n%02d", i + 1);
            networks.add(new NetworkFigures(id, "Netwerk " + id, Map.of(INHABITANTS.code(), values[i],
                    PARTICIPATING.code(), 1L)));
        }
        return networks;
    }

    private static long[] repeat(long value, int times) {
        long[] values = new long[times];
        java.util.Arrays.fill(values, value);
        return values;
    }

    private static Map<String, Calculation.NetworkLine> byId(Calculation c) {
        return c.networks().stream().collect(Collectors.toMap(Calculation.NetworkLine::networkId,
                Function.identity()));
    }

    private static List<FieldViolation> refusal(AllocationTerms terms, List<NetworkFigures> networks) {
        try {
            AllocationCalculator.calculate(terms, networks);
        } catch (InvalidInputException e) {
            return e.violations();
        }
        throw new AssertionError("not refused");
    }

    /** Eighteen networks with realistic, uneven figures of three criteria. */
    private static List<NetworkFigures> eighteen() {
        List<NetworkFigures> networks = new ArrayList<>();
        long[] municipalities = {19, 13, 7, 12, 14, 17, 16, 18, 9, 13, 11, 21, 8, 10, 14, 1, 1, 19};
        long[] inhabitants = {231_457, 187_342, 96_021, 301_777, 254_003, 279_112, 198_450, 143_999, 87_654,
            212_121, 165_432, 333_333, 99_999, 123_457, 176_543, 536_079, 265_086, 1_249_597};
        long[] contracts = {812, 533, 301, 1_207, 944, 1_003, 611, 457, 289, 733, 512, 1_101, 297, 401, 588,
            4_201, 2_017, 6_013};
        for (int i = 0; i < 18; i++) {
            String id = String.format("n%02d", i + 1);
            networks.add(new NetworkFigures(id, "Netwerk " + id, Map.of(PARTICIPATING.code(), municipalities[i],
                    INHABITANTS.code(), inhabitants[i], CONTRACTS.code(), contracts[i])));
        }
        return networks;
    }

    @Test
    void theWeightsAreNormalisedSoOnlyTheirRatioCounts() {
        Calculation small = AllocationCalculator.calculate(terms("1000000.00", null, weight(PARTICIPATING, "1"),
                weight(INHABITANTS, "1"), weight(CONTRACTS, "2")), eighteen());
        Calculation large = AllocationCalculator.calculate(terms("1000000.00", null, weight(PARTICIPATING, "25"),
                weight(INHABITANTS, "25"), weight(CONTRACTS, "50")), eighteen());
        Calculation decimal = AllocationCalculator.calculate(terms("1000000.00", null, weight(PARTICIPATING, "0.25"),
                weight(INHABITANTS, "0.25"), weight(CONTRACTS, "0.5")), eighteen());

        assertThat(small.networks()).extracting(Calculation.NetworkLine::finalAmount)
                .isEqualTo(large.networks().stream().map(Calculation.NetworkLine::finalAmount).toList())
                .isEqualTo(decimal.networks().stream().map(Calculation.NetworkLine::finalAmount).toList());
        assertThat(small.criteria()).extracting(t -> t.normalised())
                .containsExactly(Fraction.of(1, 4), Fraction.of(1, 4), Fraction.of(1, 2));
        assertThat(small.networks().stream().map(Calculation.NetworkLine::share).reduce(Fraction.ZERO,
                Fraction::plus)).isEqualTo(Fraction.ONE);
        // n01's share by hand: 1/4 × 19/223 + 1/4 × 231457/4 941 462 + 1/2 × 812/22 020
        Calculation.NetworkLine first = small.networks().get(0);
        assertThat(small.criteria()).extracting(Calculation.CriterionTotal::total)
                .containsExactly(223L, 4_941_462L, 22_020L);
        assertThat(first.share()).isEqualTo(Fraction.of(1, 4).times(Fraction.of(19, 223))
                .plus(Fraction.of(1, 4).times(Fraction.of(231_457, 4_941_462)))
                .plus(Fraction.of(1, 2).times(Fraction.of(812, 22_020))));
        assertThat(first.values()).extracting(Calculation.CriterionValue::value).containsExactly(19L, 231_457L, 812L);
    }

    @Test
    void oneCriterionAloneDividesInProportionToIt() {
        long[] values = repeat(0, 18);
        values[0] = 1;
        values[1] = 3;
        Calculation c = AllocationCalculator.calculate(terms("1000.00", null, weight(INHABITANTS, "1"),
                weight(CONTRACTS, "0")), inhabitants(values));

        Map<String, Calculation.NetworkLine> lines = byId(c);
        assertThat(lines.get("n01").finalAmount()).isEqualByComparingTo("250.00");
        assertThat(lines.get("n02").finalAmount()).isEqualByComparingTo("750.00");
        assertThat(lines.get("n03").finalAmount()).isEqualByComparingTo("0.00");
        assertThat(c.centsDistributed()).isZero();
        // a criterion of weight 0 without any figure is shown, not refused
        assertThat(lines.get("n01").values().get(1).fraction()).isNull();
    }

    @Test
    void aNetworkAboveTheCapGetsTheCapAndTheExcessGoesToTheOthersByTheirShares() {
        long[] values = repeat(1, 18);
        values[0] = 33; // 33/50 of the whole; the 17 others 1/50 each
        Calculation c = AllocationCalculator.calculate(terms("5000.00", "1000.00", weight(INHABITANTS, "1")),
                inhabitants(values));

        Map<String, Calculation.NetworkLine> lines = byId(c);
        Calculation.NetworkLine capped = lines.get("n01");
        assertThat(capped.raw()).isEqualTo(Fraction.of(3300));
        assertThat(capped.cappedInRound()).isEqualTo(1);
        assertThat(capped.redistributed()).isEqualTo(Fraction.of(-2300));
        assertThat(capped.finalAmount()).isEqualByComparingTo("1000.00");
        // 4000 left over 17 equal shares: 235.294117..., the raw 100 plus 2300 / 17
        Calculation.NetworkLine other = lines.get("n02");
        assertThat(other.raw()).isEqualTo(Fraction.of(100));
        assertThat(other.cappedInRound()).isZero();
        assertThat(other.redistributed()).isEqualTo(Fraction.of(2300, 17));
        assertThat(other.beforeRounding()).isEqualTo(Fraction.of(4000, 17));
        assertThat(c.networks().stream().map(Calculation.NetworkLine::redistributed).reduce(Fraction.ZERO,
                Fraction::plus)).isEqualTo(Fraction.ZERO);
        assertThat(c.finalTotal()).isEqualByComparingTo("5000.00");
        assertThat(c.rounds()).isEqualTo(1);
    }

    @Test
    void aRedistributionThatPushesASecondNetworkOverTheCapCapsItInTheNextRound() {
        long[] values = repeat(1, 18);
        values[0] = 40; // 1/2
        values[1] = 24; // 3/10, 16 × 1/80 for the others
        Calculation c = AllocationCalculator.calculate(terms("1000.00", "350.00", weight(INHABITANTS, "1")),
                inhabitants(values));

        Map<String, Calculation.NetworkLine> lines = byId(c);
        // round 1: n01's 500 is above 350; n02 gets 650 × 3/5 = 390, above 350 too: capped in round 2
        assertThat(lines.get("n01").cappedInRound()).isEqualTo(1);
        assertThat(lines.get("n02").raw()).isEqualTo(Fraction.of(300));
        assertThat(lines.get("n02").cappedInRound()).isEqualTo(2);
        assertThat(lines.get("n02").finalAmount()).isEqualByComparingTo("350.00");
        // 300 left over 16 equal shares
        assertThat(lines.get("n03").finalAmount()).isEqualByComparingTo("18.75");
        assertThat(lines.get("n03").cappedInRound()).isZero();
        assertThat(c.rounds()).isEqualTo(2);
        assertThat(c.finalTotal()).isEqualByComparingTo("1000.00");
        assertThat(c.networks()).allSatisfy(l -> assertThat(l.finalAmount()).isLessThanOrEqualTo(
                new BigDecimal("350.00")));
    }

    @Test
    void anAmountOfExactlyEighteenCapsGivesEveryNetworkTheCap() {
        Calculation c = AllocationCalculator.calculate(terms("5796000.00", "322000.00", weight(PARTICIPATING, "1"),
                weight(INHABITANTS, "1"), weight(CONTRACTS, "1")), eighteen());

        assertThat(c.networks()).allSatisfy(l -> assertThat(l.finalAmount()).isEqualByComparingTo("322000.00"));
        assertThat(c.finalTotal()).isEqualByComparingTo("5796000.00");
    }

    @Test
    void theCentsAddUpExactlyForAwkwardAmounts() {
        for (String amount : List.of("5796000.00", "100.01", "0.01", "0.17", "999999999.99", "1234567.89")) {
            Calculation c = AllocationCalculator.calculate(terms(amount, null, weight(PARTICIPATING, "3"),
                    weight(INHABITANTS, "5"), weight(CONTRACTS, "7")), eighteen());
            assertThat(c.finalTotal()).as(amount).isEqualByComparingTo(amount);
            assertThat(c.networks()).as(amount).allSatisfy(l -> {
                assertThat(l.finalAmount().scale()).isEqualTo(2);
                assertThat(l.centsAdded()).isBetween(0, 1);
                // never further than a cent from what is due
                assertThat(Fraction.of(l.finalAmount()).minus(l.beforeRounding()).times(Fraction.of(100))
                        .compareTo(Fraction.ONE)).isLessThan(0);
            });
            assertThat(c.centsDistributed()).isLessThan(18);
        }
        Calculation capped = AllocationCalculator.calculate(terms("5796000.00", "400000.00",
                weight(PARTICIPATING, "1"), weight(INHABITANTS, "2"), weight(CONTRACTS, "3")), eighteen());
        assertThat(capped.finalTotal()).isEqualByComparingTo("5796000.00");
        assertThat(capped.networks()).anySatisfy(l -> assertThat(l.capped()).isTrue());
        assertThat(capped.networks()).allSatisfy(l -> assertThat(l.finalAmount())
                .isLessThanOrEqualTo(new BigDecimal("400000.00")));
    }

    @Test
    void equalRemaindersAndSharesGiveTheCentsToTheNetworksInAlphabeticalOrder() {
        // 100.01 over 18 equal shares: 5.556111... each; 18 × 5.55 = 99.90, so 11 cents go to n01..n11
        Calculation c = AllocationCalculator.calculate(terms("100.01", null, weight(INHABITANTS, "1")),
                inhabitants(repeat(7, 18)));

        assertThat(c.centsDistributed()).isEqualTo(11);
        assertThat(c.networks()).allSatisfy(l -> {
            boolean early = l.networkId().compareTo("n11") <= 0;
            assertThat(l.finalAmount()).isEqualByComparingTo(early ? "5.56" : "5.55");
            assertThat(l.floored()).isEqualByComparingTo("5.55");
            assertThat(l.remainder()).isEqualTo(Fraction.of(11, 18));
        });
        assertThat(byId(c).get("n01").rank()).isEqualTo(1);
        assertThat(byId(c).get("n18").rank()).isEqualTo(18);
        // given in another order, the same networks get the cents
        List<NetworkFigures> shuffled = new ArrayList<>(inhabitants(repeat(7, 18)));
        Collections.reverse(shuffled);
        Calculation reversed = AllocationCalculator.calculate(terms("100.01", null, weight(INHABITANTS, "1")),
                shuffled);
        assertThat(byId(reversed).get("n11").centsAdded()).isEqualTo(1);
        assertThat(byId(reversed).get("n12").centsAdded()).isZero();
    }

    @Test
    void onAnEqualRemainderTheLargerShareGetsTheCentBeforeTheAlphabet() {
        // 3.01 divided 201 : 401 is 1.005 and 2.005: both cut off half a cent, one cent is missing
        List<NetworkFigures> networks = List.of(
                new NetworkFigures("aa", "Klein", Map.of(INHABITANTS.code(), 201L)),
                new NetworkFigures("zz", "Groot", Map.of(INHABITANTS.code(), 401L)));
        Calculation c = AllocationCalculator.calculate(terms("3.01", null, weight(INHABITANTS, "1")), networks);

        Map<String, Calculation.NetworkLine> lines = byId(c);
        assertThat(lines.get("aa").remainder()).isEqualTo(lines.get("zz").remainder()).isEqualTo(Fraction.of(1, 2));
        assertThat(lines.get("zz").finalAmount()).isEqualByComparingTo("2.01");
        assertThat(lines.get("aa").finalAmount()).isEqualByComparingTo("1.00");
        assertThat(lines.get("zz").rank()).isEqualTo(1);
    }

    @Test
    void theLargestRemainderWinsOverTheLargerShare() {
        // 1.00 divided 1 : 2 is 0.3333 and 0.6666: the larger remainder (0.66 cut off 0.67 cent) gets the cent
        List<NetworkFigures> networks = List.of(
                new NetworkFigures("a", "A", Map.of(INHABITANTS.code(), 1L)),
                new NetworkFigures("b", "B", Map.of(INHABITANTS.code(), 2L)));
        Calculation c = AllocationCalculator.calculate(terms("1.00", null, weight(INHABITANTS, "1")), networks);
        assertThat(byId(c).get("a").finalAmount()).isEqualByComparingTo("0.33");
        assertThat(byId(c).get("b").finalAmount()).isEqualByComparingTo("0.67");
    }

    @Test
    void aWeightedCriterionWithoutFiguresIsRefusedAtItsYear() {
        long[] none = repeat(0, 18);
        List<FieldViolation> violations = refusal(terms("1000.00", null, weight(PARTICIPATING, "1"),
                weight(INHABITANTS, "1")), inhabitants(none));
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("criteria[1].year");
            assertThat(v.code()).isEqualTo("no-figures");
            assertThat(v.message()).contains("2024");
        });

        List<NetworkFigures> nobody = IntStream.range(0, 18).mapToObj(i -> new NetworkFigures("n" + i, "N",
                Map.of())).toList();
        assertThat(refusal(terms("1000.00", null, weight(PARTICIPATING, "1")), nobody))
                .extracting(FieldViolation::field).containsExactly("referenceDate");
    }

    @Test
    void aCapThatCannotHoldTheAmountIsRefused() {
        assertThat(refusal(terms("5796000.00", "321999.99", weight(INHABITANTS, "1")), eighteen()))
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("cap");
                    assertThat(v.code()).isEqualTo("cap-too-small");
                });
        // enough in total, but the rest would have to go to networks the criteria give nothing
        long[] two = repeat(0, 18);
        two[0] = 1;
        two[1] = 1;
        assertThat(refusal(terms("1000.00", "100.00", weight(INHABITANTS, "1")), inhabitants(two)))
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("cap");
                    assertThat(v.code()).isEqualTo("cap-undistributable");
                });
    }

    @Test
    void badTermsAreRefusedAtTheirField() {
        assertThat(refusal(terms("-1.00", null, weight(INHABITANTS, "1")), eighteen()))
                .extracting(FieldViolation::field, FieldViolation::code).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("amount", "not-positive"));
        assertThat(refusal(terms("0", null, weight(INHABITANTS, "1")), eighteen()))
                .extracting(FieldViolation::code).containsExactly("not-positive");
        assertThat(refusal(terms("10.001", null, weight(INHABITANTS, "1")), eighteen()))
                .extracting(FieldViolation::code).containsExactly("too-many-decimals");
        assertThat(refusal(terms("1E+999999999", null, weight(INHABITANTS, "1")), eighteen()))
                .extracting(FieldViolation::code).containsExactly("too-large");
        assertThat(refusal(terms("1E-999999999", null, weight(INHABITANTS, "1")), eighteen()))
                .extracting(FieldViolation::code).containsExactly("too-many-decimals");
        assertThat(refusal(terms("10.00", "0", weight(INHABITANTS, "1")), eighteen()))
                .extracting(FieldViolation::field).containsExactly("cap");
        assertThat(refusal(terms("10.00", "-5", weight(INHABITANTS, "1")), eighteen()))
                .extracting(FieldViolation::field).containsExactly("cap");
        assertThat(refusal(terms("10.00", null, weight(INHABITANTS, "0"), weight(CONTRACTS, "0")), eighteen()))
                .extracting(FieldViolation::field, FieldViolation::code).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("criteria", "no-weight"));
        assertThat(refusal(terms("10.00", null, weight(INHABITANTS, "-1"), weight(CONTRACTS, "2")), eighteen()))
                .extracting(FieldViolation::field).containsExactly("criteria[0].weight");
        assertThat(refusal(terms("10.00", null, weight(INHABITANTS, "1E+400")), eighteen()))
                .extracting(FieldViolation::field).containsExactly("criteria[0].weight");
        assertThat(refusal(terms("10.00", null, weight(INHABITANTS, "1"), weight(INHABITANTS, "2")), eighteen()))
                .extracting(FieldViolation::field).containsExactly("criteria[1].criterion");
        assertThat(refusal(terms("10.00", null, new CriterionWeight(INHABITANTS, BigDecimal.ONE, null)), eighteen()))
                .extracting(FieldViolation::field).containsExactly("criteria[0].year");
        assertThat(refusal(terms("10.00", null, new CriterionWeight(INHABITANTS, BigDecimal.ONE, 99999)),
                eighteen())).extracting(FieldViolation::field).containsExactly("criteria[0].year");
        CriterionWeight[] many = IntStream.range(0, 1000).mapToObj(i -> weight(INHABITANTS, "1"))
                .toArray(CriterionWeight[]::new);
        assertThat(refusal(terms("10.00", null, many), eighteen())).extracting(FieldViolation::field,
                FieldViolation::code).containsExactly(org.assertj.core.groups.Tuple.tuple("criteria", "too-many"));
        assertThat(refusal(new AllocationTerms(" ", "x".repeat(201), new BigDecimal("10"), null, null,
                List.of(weight(INHABITANTS, "1"))), eighteen())).extracting(FieldViolation::field)
                .containsExactlyInAnyOrder("name", "callReference", "referenceDate");
        assertThatThrownBy(() -> AllocationCalculator.calculate(terms("10.00", null), eighteen()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("criteria");
    }
}
