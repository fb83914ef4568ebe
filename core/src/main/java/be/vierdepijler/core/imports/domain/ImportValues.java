package be.vierdepijler.core.imports.domain;

import be.vierdepijler.core.shared.InputSanity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the cells of an import file the same way for every kind, collecting a {@link RowProblem} for each cell that
 * does not parse instead of stopping at the first. Formats a Flemish spreadsheet produces are accepted:
 * <ul>
 *   <li>amounts: {@code 40000}, {@code 40000.5}, {@code 40000,50}, {@code 40.000,00}, {@code 40 000,00}, at most two
 *   decimals. {@code 40.000} alone is refused as ambiguous (forty thousand in Belgium, forty in English);</li>
 *   <li>dates: {@code 2021-01-01} or {@code 01/01/2021} ({@code 1/1/2021} too);</li>
 *   <li>lists: values separated by {@code |} (a comma may be part of a name), blanks dropped.</li>
 * </ul>
 * Use one instance per row: {@code var v = new ImportValues(row); ... if (v.problems().isEmpty()) ...}.
 */
public final class ImportValues {

    private static final Pattern PLAIN = Pattern.compile("-?\\d+([.,]\\d{1,2})?");
    private static final Pattern BELGIAN = Pattern.compile("-?\\d{1,3}([. ]\\d{3})+(,\\d{1,2})?");
    private static final Pattern AMBIGUOUS = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final ImportRow row;
    private final List<RowProblem> problems = new ArrayList<>();

    public ImportValues(ImportRow row) {
        this.row = row;
    }

    public ImportRow row() {
        return row;
    }

    /** The problems found so far in this row. */
    public List<RowProblem> problems() {
        return List.copyOf(problems);
    }

    /** Records a problem found by the caller's own rule. */
    public void problem(String column, String code, String reason) {
        problems.add(new RowProblem(row.line(), column, code, reason));
    }

    /** The text of a column; a problem {@code required} when it is required and empty. */
    public String text(String column, boolean required) {
        String value = row.get(column);
        if (value == null && required) {
            problem(column, "required", "Vul " + column + " in.");
        }
        var insane = InputSanity.textViolation(column, value);
        if (insane.isPresent()) {
            problem(column, insane.get().code(), insane.get().message());
            return null;
        }
        return value;
    }

    /** A text that must be at most {@code max} characters long. */
    public String text(String column, boolean required, int max) {
        String value = text(column, required);
        if (value != null && value.length() > max) {
            problem(column, "too-long", "Hoogstens " + max + " tekens (nu " + value.length() + ").");
            return null;
        }
        return value;
    }

    /** An amount in euro, rounded to the cent never: more than two decimals is a problem. */
    public BigDecimal amount(String column, boolean required) {
        String value = text(column, required);
        return value == null ? null : parseAmount(column, value);
    }

    /** A whole number. */
    public Long wholeNumber(String column, boolean required) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        String digits = value.replace(" ", "").replace("\u00a0", "");
        if (AMBIGUOUS.matcher(digits).matches()) {
            digits = digits.replace(".", "");
        }
        try {
            return Long.valueOf(digits);
        } catch (NumberFormatException e) {
            problem(column, "not-a-number", "'" + value + "' is geen geheel getal.");
            return null;
        }
    }

    /** A percentage between 0 and 100, e.g. {@code 50}, {@code 50 %} or {@code 12,5}. */
    public BigDecimal percent(String column, boolean required) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        BigDecimal parsed = parseAmount(column, value.replace("%", "").strip());
        if (parsed != null && (parsed.signum() < 0 || parsed.compareTo(BigDecimal.valueOf(100)) > 0)) {
            problem(column, "out-of-range", "Een percentage ligt tussen 0 en 100.");
            return null;
        }
        return parsed;
    }

    /** A date as {@code yyyy-mm-dd} or {@code dd/mm/yyyy}. */
    public LocalDate date(String column, boolean required) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = value.contains("/") ? LocalDate.parse(value, SLASHED) : LocalDate.parse(value);
            var outOfRange = InputSanity.dateViolation(column, date);
            if (outOfRange.isPresent()) {
                problem(column, outOfRange.get().code(), outOfRange.get().message());
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problem(column, "not-a-date", "'" + value + "' is geen datum (schrijf 2021-01-31 of 31/01/2021).");
            return null;
        }
    }

    /** The values of a list separated by {@code |}; empty when the cell is empty and not required. */
    public List<String> list(String column, boolean required) {
        String value = text(column, required);
        if (value == null) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String part : value.split("\\|")) {
            if (!part.isBlank()) {
                items.add(part.strip());
            }
        }
        return items;
    }

    /**
     * Pairs {@code key=value} separated by {@code |}, e.g. {@code 2020=100000.00|2021=5000}; values are amounts.
     * Keys must be distinct.
     */
    public Map<String, BigDecimal> amountsByKey(String column, boolean required) {
        Map<String, BigDecimal> result = new LinkedHashMap<>();
        for (String pair : list(column, required)) {
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                problem(column, "not-a-pair", "'" + pair + "' heeft niet de vorm sleutel=bedrag (bv. 2021=5000,00).");
                continue;
            }
            String key = pair.substring(0, eq).strip();
            BigDecimal amount = parseAmount(column, pair.substring(eq + 1).strip());
            if (amount != null && result.putIfAbsent(key, amount) != null) {
                problem(column, "duplicate", "'" + key + "' staat er twee keer in.");
            }
        }
        return result;
    }

    private BigDecimal parseAmount(String column, String raw) {
        String value = raw.replace("\u00a0", " ").replace("€", "").strip();
        if (PLAIN.matcher(value).matches()) {
            return new BigDecimal(value.replace(',', '.'));
        }
        if (AMBIGUOUS.matcher(value).matches()) {
            problem(column, "ambiguous-amount", "'" + raw + "' is dubbelzinnig: schrijf " + value.replace(".", "")
                    + " of " + value + ",00.");
            return null;
        }
        if (BELGIAN.matcher(value).matches()) {
            return new BigDecimal(value.replace(".", "").replace(" ", "").replace(',', '.'));
        }
        problem(column, "not-an-amount", "'" + raw + "' is geen bedrag (schrijf 40000,00 of 40.000,00; hoogstens"
                + " twee decimalen).");
        return null;
    }
}
