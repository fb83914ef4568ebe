package be.vierdepijler.reliability;

import be.vierdepijler.reliability.Verdict.Problem;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The defects of issue 16 that were known before the fuzzer ran (and are being fixed in the application), so that the
 * report separates them from new classes the lead must route. A problem matching one is still a failure: the test
 * passes only once the fixes are in.
 */
public final class KnownDefects {

    private record Known(String label, String kind, Pattern caseName) {
    }

    private static final List<Known> KNOWN = List.of(
            new Known("bodies nested 1,000 deep", "5xx", Pattern.compile("deep-(arrays|objects?|array|object)-\\d+")),
            new Known("charset=ebcdic-xx", "5xx", Pattern.compile("content-type-charset-ebcdic-xx")),
            new Known("over-long user fields", "5xx", Pattern.compile("huge-string-100k|huge-body-string")),
            new Known("NUL / unpaired surrogates", "5xx",
                    Pattern.compile("nul-escape|raw-nul|path-nul|query-nul|surrogate")),
            new Known("years 0000, -0001, +99999", "5xx", Pattern.compile("year-0000|year-minus-0001|year-plus-99999")),
            new Known("\"hours\": 1e100000", "5xx", Pattern.compile("1e100000")),
            new Known("container errors not problem+json (%ZZ, {, /..)", "not-problem-json",
                    Pattern.compile("bad-escape-%ZZ|path-dotdot|repeated")));

    private KnownDefects() {
    }

    /** The known defect this problem is an instance of, or null when it is a new class. */
    public static String of(Problem problem) {
        for (Known known : KNOWN) {
            if (known.kind().equals(problem.kind()) && known.caseName().matcher(problem.caseName()).find()) {
                return known.label();
            }
        }
        return null;
    }
}
