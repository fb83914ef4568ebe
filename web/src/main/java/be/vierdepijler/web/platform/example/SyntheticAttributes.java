package be.vierdepijler.web.platform.example;

import be.vierdepijler.core.spi.FieldDefinition;
import be.vierdepijler.core.spi.FieldKind;
import be.vierdepijler.core.spi.PlacementValidator;
import be.vierdepijler.core.spi.ReferenceTarget;
import be.vierdepijler.core.spi.ReportingCategory;
import be.vierdepijler.core.spi.TrajectoryType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Fills in a placement of any trajectory type from its schema alone, so that the synthetic set names no type and
 * follows a type's form when it changes (or a new type is deployed): choices at random, booleans true (the
 * confirmations a type asks for, such as a signed agreement), numbers within their bounds, dates from the placement's
 * start (the last date field of several is its end), texts from the field's own example ("Bv. …" in its help) or a
 * plainly fake value, references to the placement's own offer, organisation or buddy. Every candidate is checked with
 * the type's validator (schema and rules); one that fails is drawn again, and an optional field that keeps failing is
 * left out. A type whose form cannot be filled this way gets no placements from the synthetic set (empty answer).
 */
final class SyntheticAttributes {

    static final int ATTEMPTS = 40;
    private static final Pattern EXAMPLE = Pattern.compile("^(?:Bv\\.|Bijvoorbeeld)\\s+([^,.;]+)");

    private SyntheticAttributes() {
    }

    /**
     * @param references the placement's own offer, organisation or buddy, by what a reference field points at
     * @param start      the placement's first day
     * @param end        its last day (for types whose fields hold the period)
     * @param languages  languages of the newcomer, for fields holding languages; "nl" is always offered first
     * @param category   the reporting category the placement should count under; null for any
     */
    static Optional<Map<String, Object>> fill(TrajectoryType type, Random random, Map<ReferenceTarget, Long> references,
                                              LocalDate start, LocalDate end, List<String> languages,
                                              String category) {
        Set<String> leftOut = new LinkedHashSet<>();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Map<String, Object> values = new LinkedHashMap<>();
            List<FieldDefinition> dates = type.schema().fields().stream()
                    .filter(f -> f.kind() == FieldKind.DATE).toList();
            for (FieldDefinition field : type.schema().fields()) {
                if (leftOut.contains(field.name())) {
                    continue;
                }
                Object value = value(field, random, references, dates, start, end, languages);
                if (value != null) {
                    values.put(field.name(), value);
                }
            }
            PlacementValidator.Result result = PlacementValidator.check(type, values);
            if (result.valid()) {
                if (category == null || category.equals(categoryOf(type, result))) {
                    return Optional.of(values);
                }
                continue;
            }
            // An optional field that still fails after half the attempts is left out; a required one is drawn again.
            if (attempt >= ATTEMPTS / 2) {
                result.problems().stream().map(p -> p.field())
                        .filter(name -> type.schema().field(name).filter(f -> !f.required()).isPresent())
                        .forEach(leftOut::add);
            }
        }
        return Optional.empty();
    }

    private static String categoryOf(TrajectoryType type, PlacementValidator.Result result) {
        try {
            ReportingCategory category = type.reportingCategory(result.attributes());
            return category.id();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Object value(FieldDefinition field, Random random, Map<ReferenceTarget, Long> references,
                                List<FieldDefinition> dates, LocalDate start, LocalDate end, List<String> languages) {
        if (field.kind() == FieldKind.REFERENCE) {
            Long id = references.get(field.refersTo());
            return id == null ? null : String.valueOf(id);
        }
        if (!field.required() && random.nextInt(4) == 0) {
            return null; // now and then an optional field is left empty, as people do
        }
        return switch (field.kind()) {
            case CHOICE -> field.choices().get(random.nextInt(field.choices().size())).value();
            case BOOLEAN -> Boolean.TRUE;
            case DATE -> (dates.size() > 1 && dates.get(dates.size() - 1).name().equals(field.name()) ? end : start)
                    .toString();
            case NUMBER -> number(field, random);
            case TEXT -> field.multiple() ? texts(field, random, languages) : text(field, random, languages);
            default -> null;
        };
    }

    private static BigDecimal number(FieldDefinition field, Random random) {
        long low = field.min() == null ? 1 : field.min().setScale(0, RoundingMode.CEILING).longValueExact();
        long high = field.max() == null ? low + 10 : field.max().setScale(0, RoundingMode.FLOOR).longValueExact();
        long span = Math.max(0, Math.min(high, low + 10) - low);
        return BigDecimal.valueOf(low + (span == 0 ? 0 : random.nextInt((int) span + 1)));
    }

    private static List<String> texts(FieldDefinition field, Random random, List<String> languages) {
        List<String> values = new ArrayList<>();
        for (String candidate : candidates(field, languages)) {
            if (fits(field, candidate)) {
                values.add(candidate);
            }
            if (values.size() >= 2 || (values.size() == 1 && random.nextBoolean())) {
                break;
            }
        }
        return values.isEmpty() ? List.of(fake(field, random)) : values;
    }

    private static String text(FieldDefinition field, Random random, List<String> languages) {
        if (field.pattern() != null) {
            return candidates(field, languages).stream().filter(c -> fits(field, c)).findFirst()
                    .orElse(fake(field, random));
        }
        String help = field.help() == null ? null : field.help().nl();
        if (help != null) {
            var example = EXAMPLE.matcher(help.strip());
            if (example.find() && fits(field, example.group(1).strip())) {
                return example.group(1).strip();
            }
        }
        return fake(field, random);
    }

    /** Values a patterned field may take: languages first (the usual patterned field), Dutch before the others. */
    private static List<String> candidates(FieldDefinition field, List<String> languages) {
        List<String> candidates = new ArrayList<>();
        candidates.add("nl");
        candidates.addAll(languages);
        return candidates.stream().distinct().toList();
    }

    private static String fake(FieldDefinition field, Random random) {
        String value = "Voorbeeld " + SyntheticNames.pick(SyntheticNames.BUDDY_FIRST_NAMES, random);
        int min = field.min() == null ? 0 : field.min().intValue();
        int max = field.max() == null ? PlacementValidator.TEXT_LIMIT : field.max().intValue();
        while (value.length() < min) {
            value = value + " voorbeeld";
        }
        return value.length() > max ? value.substring(0, max) : value;
    }

    private static boolean fits(FieldDefinition field, String value) {
        if (field.pattern() != null && !value.matches(field.pattern())) {
            return false;
        }
        return (field.min() == null || value.length() >= field.min().intValue())
                && (field.max() == null || value.length() <= field.max().intValue());
    }
}
