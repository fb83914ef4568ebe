package be.vierdepijler.it;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds personal data in log lines: each of the given values (names, e-mail addresses, phone numbers, addresses the
 * database holds) as a whole word; any e-mail address that is not on the allow-list of the system's own; a Belgian
 * national register number (with its check digits right); and the last names the tests give people (see
 * {@link #MARKERS}), which the erasure tests pseudonymise in the database but which must not have reached the log
 * either. Values shorter than {@value #MIN_LENGTH} characters ("Jan", "Els") are too common to be found by their
 * text alone; the patterns catch the rest. The suite's people therefore carry names, never the product's own words:
 * a buddy named "Buddy" matched the honest log line "Buddy self-registration dropped".
 */
final class PersonalDataScan {

    static final int MIN_LENGTH = 4;

    /** The system's own addresses: the test server's sender, the mail session's stand-in, examples of the docs. */
    static final Set<String> ALLOWED_ADDRESSES = Set.of("vierdepijler-test@example.org", "vierdepijler@localhost");

    /** The last names the suite gives people: "Test", "Buddy" and the like followed by TestData.unique(). */
    static final Pattern MARKERS = Pattern.compile("\\b(Test|Buddy)(?=[0-9a-z]*[0-9])[0-9a-z]{8,13}\\b");

    /** An address, but not a module of a stack trace ("org.wildfly.clustering.function@9.0.2.Final//org..."). */
    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}+(?![A-Za-z0-9.-]*//)");
    /** Not inside a longer word: a request id (a UUID) holds runs of 11 digits, one in 97 of them with valid checks. */
    private static final Pattern NATIONAL_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\p{N}.])(\\d{2})\\.?(\\d{2})\\.?(\\d{2})-?(\\d{3})\\.?(\\d{2})(?![\\p{L}\\p{N}.])");

    /** A run of letters and digits: how both the values and the lines are cut into words. */
    private static final Pattern RUN = Pattern.compile("[\\p{L}\\p{N}]+");

    /**
     * The values by their first run of letters and digits, each with where that run starts in it: a line is then read
     * once, word by word, instead of once per value (the suite's log has some 20,000 lines and the database as many
     * values; one pattern per value took five minutes).
     */
    private final Map<String, List<Value>> byFirstRun = new HashMap<>();

    private record Value(String text, int runAt) {
    }

    PersonalDataScan(Collection<String> personalValues) {
        for (String value : personalValues) {
            String text = value.strip();
            Matcher first = RUN.matcher(text);
            if (text.length() >= MIN_LENGTH && first.find()) {
                byFirstRun.computeIfAbsent(first.group(), k -> new ArrayList<>()).add(new Value(text, first.start()));
            }
        }
    }

    /** What is personal in {@code line}, each finding as "kind: text"; empty when nothing is. */
    List<String> findings(String line) {
        List<String> found = new ArrayList<>(valuesIn(line));
        Matcher address = ADDRESS.matcher(line);
        while (address.find()) {
            if (!ALLOWED_ADDRESSES.contains(address.group().toLowerCase(java.util.Locale.ROOT))) {
                found.add("e-mail address: " + address.group());
            }
        }
        Matcher number = NATIONAL_NUMBER.matcher(line);
        while (number.find()) {
            String digits = number.group().replaceAll("\\D", "");
            if (isNationalNumber(digits)) {
                found.add("national register number: " + number.group());
            }
        }
        Matcher marker = MARKERS.matcher(line);
        while (marker.find()) {
            found.add("test person's name: " + marker.group());
        }
        return found;
    }

    /**
     * The stored values in the line, each as a whole word: not inside a longer word, and not after a dot, since a name
     * after a dot is a class's ("Buddy" in "core.buddy.domain.Buddy").
     */
    private Set<String> valuesIn(String line) {
        Set<String> found = new LinkedHashSet<>();
        Matcher run = RUN.matcher(line);
        while (run.find()) {
            for (Value value : byFirstRun.getOrDefault(run.group(), List.of())) {
                int start = run.start() - value.runAt();
                int end = start + value.text().length();
                if (start >= 0 && line.startsWith(value.text(), start)
                        && (start == 0 || !wordChar(line.codePointBefore(start)) && line.charAt(start - 1) != '.')
                        && (end == line.length() || !wordChar(line.codePointAt(end)))) {
                    found.add("value: " + value.text());
                }
            }
        }
        return found;
    }

    /** A letter or a number, as {@code [\p{L}\p{N}]} has it. */
    private static boolean wordChar(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** Eleven digits whose last two are 97 less the first nine modulo 97 (born before 2000, or after with a 2). */
    static boolean isNationalNumber(String digits) {
        if (digits.length() != 11) {
            return false;
        }
        long base = Long.parseLong(digits.substring(0, 9));
        int check = Integer.parseInt(digits.substring(9));
        return check == 97 - base % 97 || check == 97 - (2_000_000_000L + base) % 97;
    }
}
