package be.vierdepijler.regions.offer.domain;

import be.vierdepijler.core.shared.FieldViolation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The days of the week an offer takes place on, as the codes {@code mon} .. {@code sun}. Stored on the offer as one
 * short text in week order ({@code "mon,wed"}), so that the public finder's day filter is one condition on the row.
 */
public final class Weekdays {

    /** Every code, in week order. */
    public static final List<String> CODES = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private Weekdays() {
    }

    /** Whether this is one of {@link #CODES} (exactly, lower case). */
    public static boolean isCode(String code) {
        return code != null && CODES.contains(code);
    }

    /** The violations of these codes as typed: unknown codes, each with its index. */
    public static List<FieldViolation> violations(List<String> codes) {
        List<FieldViolation> v = new ArrayList<>();
        if (codes == null) {
            return v;
        }
        for (int i = 0; i < codes.size(); i++) {
            String c = codes.get(i) == null ? null : codes.get(i).strip().toLowerCase(Locale.ROOT);
            if (!isCode(c)) {
                v.add(new FieldViolation("weekdays[" + i + "]", "unknown-weekday",
                        "Geen dag van de week: " + codes.get(i) + "; mogelijk: " + String.join(", ", CODES) + "."));
            }
        }
        return v;
    }

    /** The known codes among these, in week order, without duplicates; null when there are none. */
    public static String join(List<String> codes) {
        if (codes == null) {
            return null;
        }
        List<String> normal = codes.stream().filter(c -> c != null)
                .map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        String joined = String.join(",", CODES.stream().filter(normal::contains).toList());
        return joined.isEmpty() ? null : joined;
    }

    /** The codes of a stored text, in week order; empty for null. */
    public static List<String> split(String stored) {
        return stored == null || stored.isBlank() ? List.of() : Arrays.asList(stored.split(","));
    }
}
