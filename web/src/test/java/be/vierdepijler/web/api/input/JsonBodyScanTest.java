package be.vierdepijler.web.api.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonBodyScanTest {

    private static List<FieldViolation> scan(String json) {
        return JsonBodyScan.violations(json);
    }

    @Test
    void anOrdinaryBodyPasses() {
        assertThat(scan("{\"typeId\":\"buddy\",\"startDate\":\"2026-11-02\",\"hours\":2.25,\"offerId\":12,"
                + "\"attributes\":{\"sharedLanguages\":[\"nl\",\"ar\"],\"note\":\"café 😀\\ttab\",\"n\":null},"
                + "\"amount\":123456789012.50,\"at\":\"2026-11-02T10:15:30Z\",\"zero\":0E-400}")).isEmpty();
        assertThat(scan("")).isEmpty();
        assertThat(scan(null)).isEmpty();
    }

    @Test
    void aNullInAListIsRefusedByItsPlaceButANullFieldIsNotGiven() {
        assertThat(scan("{\"networkIds\":[\"westhoek\",null],\"email\":null}"))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("networkIds[1]", "null-in-list"));
        assertThat(scan("{\"entryIds\":[null]}")).extracting(FieldViolation::field).containsExactly("entryIds[0]");
        assertThat(scan("[null]")).extracting(FieldViolation::field).containsExactly("[0]");
        assertThat(scan("{\"a\":[[1],{\"b\":null}]}")).isEmpty();
    }

    @Test
    void aBodyThatIsNoJsonIsLeftToTheReaderBehind() {
        assertThat(scan("{\"a\": ")).isEmpty();
        assertThat(scan("not json")).isEmpty();
    }

    @Test
    void nestingBeyondTheLimitIsRefusedAsTheBody() {
        String deep = "[".repeat(1000) + "]".repeat(1000);
        assertThat(scan(deep)).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("body", "too-deep"));
        String deepObject = "{\"a\":".repeat(JsonBodyScan.MAX_DEPTH + 1) + "1" + "}".repeat(JsonBodyScan.MAX_DEPTH + 1);
        assertThat(scan(deepObject)).extracting(FieldViolation::code).containsExactly("too-deep");
        String justDeepEnough = "[".repeat(JsonBodyScan.MAX_DEPTH) + "]".repeat(JsonBodyScan.MAX_DEPTH);
        assertThat(scan(justDeepEnough)).isEmpty();
        assertThat(scan("[".repeat(100_000))).extracting(FieldViolation::code).containsExactly("too-deep");
    }

    @Test
    void absurdNumbersAreRefusedByFieldAndQuickly() {
        long start = System.nanoTime();
        for (String n : List.of("1e100000", "-1E+999999999", "1" + "0".repeat(5000), "123456789012345678901")) {
            assertThat(scan("{\"hours\":" + n + "}")).as(n).extracting(FieldViolation::field, FieldViolation::code)
                    .containsExactly(tuple("hours", "too-large"));
        }
        for (String n : List.of("1e-100000", "0." + "0".repeat(30) + "1")) {
            assertThat(scan("{\"hours\":" + n + "}")).as(n).extracting(FieldViolation::field, FieldViolation::code)
                    .containsExactly(tuple("hours", "too-many-decimals"));
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(500));
        assertThat(scan("{\"a\":{\"b\":[1,2,1e999]}}")).extracting(FieldViolation::field).containsExactly("a.b[2]");
        assertThat(scan("{\"hours\":12345678901234567890.12345678901234567890}")).isEmpty();
        assertThat(scan("1e999")).extracting(FieldViolation::field).containsExactly("body");
    }

    @Test
    void nulAndLoneSurrogatesAreRefusedWhereverTheyAre() {
        assertThat(scan("{\"firstName\":\"A\\u0000B\"}")).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("firstName", "nul-character"));
        assertThat(scan("{\"firstName\":\"A\\ud800B\"}")).extracting(FieldViolation::code)
                .containsExactly("unpaired-surrogate");
        assertThat(scan("{\"firstName\":\"\\udc00\"}")).extracting(FieldViolation::code)
                .containsExactly("unpaired-surrogate");
        assertThat(scan("{\"firstName\":\"A\\ud800\"}")).extracting(FieldViolation::code)
                .containsExactly("unpaired-surrogate");
        assertThat(scan("{\"firstName\":\"\\ud83d\\ude00\"}")).isEmpty();
        assertThat(scan("{\"contacts\":[{\"name\":\"ok\"},{\"name\":\"x\\u0000\"}]}"))
                .extracting(FieldViolation::field).containsExactly("contacts[1].name");
        assertThat(scan("{\"ke\\u0000y\":1}")).extracting(FieldViolation::code).containsExactly("nul-character");
    }

    @Test
    void datesOutsideOneNineHundredToTwentyTwoHundredAreRefused() {
        for (String day : List.of("0000-01-01", "-0001-01-01", "+99999-01-01", "1899-12-31", "2201-01-01",
                "+2026-01-01", "0000-01-01T00:00:00Z", "99999999999999999999-01-01")) {
            assertThat(scan("{\"startDate\":\"" + day + "\"}")).as(day)
                    .extracting(FieldViolation::field, FieldViolation::code)
                    .containsExactly(tuple("startDate", "date-out-of-range"));
        }
        for (String day : List.of("1900-01-01", "2200-12-31", "2026-02-30", "2026-11-02T10:00:00+01:00",
                "not a date", "20260101", "tel 0470-12-34")) {
            assertThat(scan("{\"startDate\":\"" + day + "\"}")).as(day).isEmpty();
        }
    }

    @Test
    void checkThrowsEveryViolationAtOnce() {
        assertThatThrownBy(() -> JsonBodyScan.check("{\"a\":\"0000-01-01\",\"b\":1e999,\"c\":\"\\u0000\"}"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(FieldViolation::field).containsExactly("a", "b", "c"));
    }
}
