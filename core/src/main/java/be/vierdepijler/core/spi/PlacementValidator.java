package be.vierdepijler.core.spi;

import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Checks placement attributes against a type's {@link FieldSchema}, then against the type's own
 * {@link TrajectoryType#checkRules rules}, and reports every problem at once. The same for every type, so a type only
 * declares its schema and its rules. Stateless; safe from any thread.
 *
 * <p>Values arrive as JSON gives them: a TEXT, CHOICE or DATE as a string, a NUMBER as a number, a BOOLEAN as a
 * boolean, a REFERENCE as a string (or a whole number) id, a multiple field as an array. A null, a blank string and an
 * empty array count as absent. An attribute the schema does not know is refused, so that a typo is not silently lost.
 */
public final class PlacementValidator {

    /** Longest text any field accepts when its schema names no maximum: attributes are no place for documents. */
    public static final int TEXT_LIMIT = 1000;
    private static final Pattern REFERENCE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}");

    private PlacementValidator() {
    }

    /**
     * The outcome of a check.
     *
     * @param attributes the values that passed the schema, typed
     * @param problems   every problem found, schema first (in schema order), then unknown fields, then the rules
     */
    public record Result(PlacementAttributes attributes, List<LocalizedViolation> problems) {

        public Result {
            problems = List.copyOf(problems);
        }

        public boolean valid() {
            return problems.isEmpty();
        }

        public List<FieldViolation> violations(Locale locale) {
            return problems.stream().map(p -> p.in(locale)).toList();
        }
    }

    public static Result check(TrajectoryType type, Map<String, ?> raw) {
        Map<String, ?> input = raw == null ? Map.of() : raw;
        FieldSchema schema = type.schema();
        List<LocalizedViolation> problems = new ArrayList<>();
        Map<String, Object> accepted = new LinkedHashMap<>();
        for (FieldDefinition field : schema.fields()) {
            Object value = read(field, input.get(field.name()), problems);
            if (value != null) {
                accepted.put(field.name(), value);
            }
        }
        Set<String> unknown = new TreeSet<>(input.keySet());
        unknown.removeAll(schema.names());
        for (String name : unknown) {
            problems.add(LocalizedViolation.of(name, "unknown-field",
                    "Dit veld bestaat niet bij " + type.label().nl() + "; mogelijk: " + String.join(", ",
                            schema.names()) + ".",
                    "There is no such field for " + type.label().en() + "; possible: " + String.join(", ",
                            schema.names()) + "."));
        }
        PlacementAttributes attributes = new PlacementAttributes(accepted);
        problems.addAll(type.checkRules(attributes));
        return new Result(attributes, problems);
    }

    /**
     * @return the typed attributes when they are valid
     * @throws InvalidInputException with every problem, in the language of {@code locale}
     */
    public static PlacementAttributes requireValid(TrajectoryType type, Map<String, ?> raw, Locale locale) {
        Result result = check(type, raw);
        if (!result.valid()) {
            throw new InvalidInputException(result.violations(locale));
        }
        return result.attributes();
    }

    private static Object read(FieldDefinition field, Object value, List<LocalizedViolation> problems) {
        if (isAbsent(value)) {
            if (field.required()) {
                problems.add(LocalizedViolation.of(field.name(), "required",
                        "'" + field.label().nl() + "' is verplicht.", "'" + field.label().en() + "' is required."));
            }
            return null;
        }
        if (!field.multiple()) {
            return readOne(field, field.name(), value, problems);
        }
        if (!(value instanceof List<?> items)) {
            problems.add(LocalizedViolation.of(field.name(), "not-a-list", "Geef een lijst van waarden.",
                    "Give a list of values."));
            return null;
        }
        List<Object> read = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        boolean allValid = true;
        for (int i = 0; i < items.size(); i++) {
            String itemField = field.name() + "[" + i + "]";
            Object item = isAbsent(items.get(i)) ? null : readOne(field, itemField, items.get(i), problems);
            if (item == null) {
                if (isAbsent(items.get(i))) {
                    problems.add(LocalizedViolation.of(itemField, "required", "Een lege waarde in de lijst.",
                            "An empty value in the list."));
                }
                allValid = false;
            } else if (!seen.add(item)) {
                problems.add(LocalizedViolation.of(itemField, "duplicate-value", "'" + item + "' staat al in de lijst.",
                        "'" + item + "' is already in the list."));
                allValid = false;
            } else {
                read.add(item);
            }
        }
        return allValid ? List.copyOf(read) : null;
    }

    private static boolean isAbsent(Object value) {
        return value == null || value instanceof String s && s.isBlank() || value instanceof List<?> l && l.isEmpty();
    }

    private static Object readOne(FieldDefinition field, String name, Object value, List<LocalizedViolation> problems) {
        return switch (field.kind()) {
            case TEXT -> readText(field, name, value, problems);
            case NUMBER -> readNumber(field, name, value, problems);
            case DATE -> readDate(name, value, problems);
            case BOOLEAN -> readBoolean(name, value, problems);
            case CHOICE -> readChoice(field, name, value, problems);
            case REFERENCE -> readReference(field, name, value, problems);
        };
    }

    private static String readText(FieldDefinition field, String name, Object value,
                                   List<LocalizedViolation> problems) {
        if (!(value instanceof String raw)) {
            problems.add(LocalizedViolation.of(name, "not-a-text", "Geef tekst.", "Give text."));
            return null;
        }
        String text = raw.strip();
        int max = field.max() == null ? TEXT_LIMIT : field.max().intValue();
        if (field.min() != null && text.length() < field.min().intValue()) {
            problems.add(LocalizedViolation.of(name, "too-short",
                    "Minstens " + field.min().intValue() + " tekens.", "At least " + field.min().intValue()
                            + " characters."));
            return null;
        }
        if (text.length() > max) {
            problems.add(LocalizedViolation.of(name, "too-long", "Hoogstens " + max + " tekens.",
                    "At most " + max + " characters."));
            return null;
        }
        if (field.pattern() != null && !text.matches(field.pattern())) {
            problems.add(LocalizedViolation.of(name, "pattern-mismatch",
                    "'" + text + "' heeft niet de verwachte vorm." + helpSuffix(field, true),
                    "'" + text + "' does not have the expected form." + helpSuffix(field, false)));
            return null;
        }
        return text;
    }

    private static BigDecimal readNumber(FieldDefinition field, String name, Object value,
                                         List<LocalizedViolation> problems) {
        BigDecimal number = toDecimal(value);
        if (number == null) {
            problems.add(LocalizedViolation.of(name, "not-a-number", "Geef een getal.", "Give a number."));
            return null;
        }
        if (field.wholeNumber() && number.stripTrailingZeros().scale() > 0) {
            problems.add(LocalizedViolation.of(name, "not-a-whole-number", "Geef een geheel getal, niet "
                    + number.toPlainString() + ".", "Give a whole number, not " + number.toPlainString() + "."));
            return null;
        }
        if (field.min() != null && number.compareTo(field.min()) < 0) {
            problems.add(LocalizedViolation.of(name, "too-small", "Minstens " + field.min().toPlainString() + ".",
                    "At least " + field.min().toPlainString() + "."));
            return null;
        }
        if (field.max() != null && number.compareTo(field.max()) > 0) {
            problems.add(LocalizedViolation.of(name, "too-large", "Hoogstens " + field.max().toPlainString() + ".",
                    "At most " + field.max().toPlainString() + "."));
            return null;
        }
        return number;
    }

    private static BigDecimal toDecimal(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            return Double.isFinite(d) ? new BigDecimal(n.toString()) : null;
        }
        return null;
    }

    private static LocalDate readDate(String name, Object value, List<LocalizedViolation> problems) {
        if (value instanceof String text) {
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        problems.add(LocalizedViolation.of(name, "not-a-date", "Geef een datum als 2025-03-01, niet '" + value + "'.",
                "Give a date like 2025-03-01, not '" + value + "'."));
        return null;
    }

    private static Boolean readBoolean(String name, Object value, List<LocalizedViolation> problems) {
        if (value instanceof Boolean b) {
            return b;
        }
        problems.add(LocalizedViolation.of(name, "not-a-boolean", "Geef true of false.", "Give true or false."));
        return null;
    }

    private static String readChoice(FieldDefinition field, String name, Object value,
                                     List<LocalizedViolation> problems) {
        if (value instanceof String text && field.allows(text.strip())) {
            return text.strip();
        }
        String allowed = String.join(", ", field.choices().stream().map(Choice::value).toList());
        problems.add(LocalizedViolation.of(name, "not-allowed",
                "'" + value + "' is geen keuze voor '" + field.label().nl() + "'; mogelijk: " + allowed + ".",
                "'" + value + "' is not a choice for '" + field.label().en() + "'; possible: " + allowed + "."));
        return null;
    }

    private static String readReference(FieldDefinition field, String name, Object value,
                                         List<LocalizedViolation> problems) {
        String id = null;
        if (value instanceof String text) {
            id = text.strip();
        } else {
            BigDecimal number = toDecimal(value);
            if (number != null && number.signum() > 0 && number.stripTrailingZeros().scale() <= 0) {
                id = number.toBigInteger().toString();
            }
        }
        if (id == null || !REFERENCE_ID.matcher(id).matches()) {
            problems.add(LocalizedViolation.of(name, "malformed-reference",
                    "Geef de id van een " + dutch(field.refersTo()) + ", niet '" + value + "'.",
                    "Give the id of " + english(field.refersTo()) + ", not '" + value + "'."));
            return null;
        }
        return id;
    }

    private static String dutch(ReferenceTarget target) {
        return switch (target) {
            case OFFER -> "aanbod";
            case ORGANISATION -> "organisatie";
            case BUDDY -> "buddy";
        };
    }

    private static String english(ReferenceTarget target) {
        return switch (target) {
            case OFFER -> "an offer";
            case ORGANISATION -> "an organisation";
            case BUDDY -> "a buddy";
        };
    }

    private static String helpSuffix(FieldDefinition field, boolean dutch) {
        if (field.help() == null) {
            return "";
        }
        return " " + (dutch ? field.help().nl() : field.help().en());
    }
}
