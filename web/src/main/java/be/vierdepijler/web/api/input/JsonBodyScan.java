package be.vierdepijler.web.api.input;

import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InputSanity;
import be.vierdepijler.core.shared.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The limits every JSON body meets before anything binds or stores it, read once as a stream: nesting depth, numbers
 * of a sane magnitude (so that no big-number arithmetic on an unbounded exponent ever starts), text without NUL and
 * without unpaired UTF-16 surrogates, dates (any text shaped as an ISO date) between 1900 and 2200, and no null as an
 * element of a list (a null field means "not given"; a null in a list means nothing, and binding it broke). Each refusal
 * names the field by its path in the body ({@code attributes.role}, {@code contacts[0].name}). A body that is no JSON
 * is left to the reader behind it, which explains that in its own words.
 */
public final class JsonBodyScan {

    /** Deeper than any body of this API nests (a few levels); far below what could exhaust a stack. */
    public static final int MAX_DEPTH = 32;
    /** Digits before and after the decimal point: ids, euros and hours all fit with room to spare. */
    public static final int MAX_DIGITS = 20;
    public static final int MIN_YEAR = InputSanity.MIN_YEAR;
    public static final int MAX_YEAR = InputSanity.MAX_YEAR;
    /** Longer number literals are refused unread: no exponent or digit string worth parsing is longer. */
    private static final int MAX_NUMBER_LITERAL = 2 * MAX_DIGITS + 8;
    private static final int MAX_VIOLATIONS = 20;
    private static final Pattern DATE = Pattern.compile("([+-]?\\d{4,})-\\d{2}-\\d{2}(?:[T ].*)?", Pattern.DOTALL);

    private JsonBodyScan() {
    }

    /** Refuses the body with every field that breaks a limit; answers quietly when there is none or no JSON. */
    public static void check(String body) {
        List<FieldViolation> violations = violations(body);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    public static List<FieldViolation> violations(String body) {
        List<FieldViolation> violations = new ArrayList<>();
        if (body == null || body.isBlank()) {
            return violations;
        }
        Deque<Frame> path = new ArrayDeque<>();
        try (JsonParser parser = Json.createParser(new StringReader(body))) {
            while (parser.hasNext() && violations.size() < MAX_VIOLATIONS) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        if (path.size() >= MAX_DEPTH) {
                            violations.add(new FieldViolation("body", "too-deep", "De gegevens zijn dieper genest"
                                    + " dan " + MAX_DEPTH + " niveaus; stuur een gewoon JSON-object."));
                            return violations;
                        }
                        advance(path);
                        path.push(new Frame(event == JsonParser.Event.START_ARRAY));
                    }
                    case END_OBJECT, END_ARRAY -> path.pop();
                    case KEY_NAME -> {
                        String key = parser.getString();
                        path.peek().key = clean(key);
                        textViolation(field(path, null), key).ifPresent(violations::add);
                    }
                    case VALUE_STRING -> {
                        advance(path);
                        String field = field(path, "body");
                        String text = parser.getString();
                        FieldViolation v = textViolation(field, text).orElseGet(() -> dateViolation(field, text));
                        if (v != null) {
                            violations.add(v);
                        }
                    }
                    case VALUE_NUMBER -> {
                        advance(path);
                        FieldViolation v = numberViolation(field(path, "body"), parser.getString());
                        if (v != null) {
                            violations.add(v);
                        }
                    }
                    case VALUE_NULL -> {
                        advance(path);
                        if (path.peek() != null && path.peek().array) {
                            violations.add(new FieldViolation(field(path, "body"), "null-in-list",
                                    "Een lijst mag geen lege waarde (null) bevatten; laat ze weg."));
                        }
                    }
                    default -> advance(path);
                }
            }
        } catch (JsonException | IllegalStateException | java.util.NoSuchElementException e) {
            // no JSON (or not all of it): the reader that binds the body says so in its own words
        }
        return violations;
    }

    /**
     * A number literal of at most {@link #MAX_DIGITS} digits before and after the point, judged before any arithmetic:
     * {@code too-large} (as the domain says of an amount too large) or {@code too-many-decimals}.
     */
    public static FieldViolation numberViolation(String field, String literal) {
        BigDecimal value = null;
        if (literal.length() <= MAX_NUMBER_LITERAL) {
            try {
                value = new BigDecimal(literal);
            } catch (NumberFormatException | ArithmeticException e) {
                value = null;
            }
        }
        if (value == null || (value.signum() != 0 && value.precision() - value.scale() > MAX_DIGITS)) {
            return new FieldViolation(field, "too-large", "Geef een getal met hoogstens " + MAX_DIGITS
                    + " cijfers voor de komma, zonder grote exponent.");
        }
        return sane(value) ? null : new FieldViolation(field, "too-many-decimals", "Geef een getal met hoogstens "
                + MAX_DIGITS + " cijfers na de komma.");
    }

    /** Whether arithmetic on the number is cheap and its value within what any field of this API means. */
    public static boolean sane(BigDecimal value) {
        return value.signum() == 0
                || (value.precision() - value.scale() <= MAX_DIGITS && value.scale() <= MAX_DIGITS);
    }

    static java.util.Optional<FieldViolation> textViolation(String field, String text) {
        return InputSanity.textViolation(field, text);
    }

    /** Text shaped as an ISO date (or date and time) must fall between {@link #MIN_YEAR} and {@link #MAX_YEAR}. */
    static FieldViolation dateViolation(String field, String text) {
        if (text.length() > 64) {
            return null;
        }
        Matcher m = DATE.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        String year = m.group(1);
        boolean inRange = year.length() <= 5 && !year.startsWith("+") && InputSanity.yearInRange(Integer.parseInt(year));
        return inRange ? null : InputSanity.outOfRange(field, text.strip());
    }

    /** A value (or a container) takes the next place of the array it is in. */
    private static void advance(Deque<Frame> path) {
        Frame top = path.peek();
        if (top != null && top.array) {
            top.index++;
        }
    }

    private static String field(Deque<Frame> path, String whenTop) {
        if (path.isEmpty()) {
            return whenTop == null ? "body" : whenTop;
        }
        StringBuilder field = new StringBuilder();
        Iterator<Frame> outwards = path.descendingIterator();
        while (outwards.hasNext()) {
            Frame frame = outwards.next();
            if (frame.array) {
                field.append('[').append(frame.index).append(']');
            } else if (frame.key != null) {
                field.append(field.length() == 0 ? "" : ".").append(frame.key);
            }
        }
        return field.length() == 0 ? "body" : field.toString();
    }

    /** A field name fit to be echoed: no NUL, no lone surrogate, not endless. */
    private static String clean(String key) {
        StringBuilder b = new StringBuilder();
        key.codePoints().limit(100).filter(c -> c >= 0x20 && !Character.isSurrogate((char) c) || c > 0xFFFF)
                .forEach(b::appendCodePoint);
        return b.toString();
    }

    private static final class Frame {
        final boolean array;
        int index = -1;
        String key;

        Frame(boolean array) {
            this.array = array;
        }
    }
}
