package be.vierdepijler.core.shared.table;

import java.util.Objects;

/**
 * One column of a {@link Table}.
 *
 * @param key   the stable, machine-readable name: the property of a row in JSON (e.g. {@code awardedAmount})
 * @param label the header a person reads in a download or on screen, Dutch (e.g. {@code Toegekend bedrag})
 * @param kind  what the cells hold, so that a spreadsheet gets numbers as numbers and dates as dates
 */
public record Column(String key, String label, Kind kind) {

    /** What a column's cells hold; every cell is of that Java type or null. */
    public enum Kind {
        /** {@link String} */
        TEXT,
        /** {@link Long} */
        INTEGER,
        /** {@link java.math.BigDecimal}, e.g. hours */
        DECIMAL,
        /** {@link java.math.BigDecimal} in euro, two decimals */
        AMOUNT,
        /** {@link java.math.BigDecimal} between 0 and 100, one decimal */
        PERCENT,
        /** {@link java.time.LocalDate} */
        DATE,
        /** {@link Boolean} */
        BOOLEAN
    }

    public Column {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
    }

    public static Column text(String key, String label) {
        return new Column(key, label, Kind.TEXT);
    }

    public static Column integer(String key, String label) {
        return new Column(key, label, Kind.INTEGER);
    }

    public static Column decimal(String key, String label) {
        return new Column(key, label, Kind.DECIMAL);
    }

    public static Column amount(String key, String label) {
        return new Column(key, label, Kind.AMOUNT);
    }

    public static Column percent(String key, String label) {
        return new Column(key, label, Kind.PERCENT);
    }

    public static Column date(String key, String label) {
        return new Column(key, label, Kind.DATE);
    }

    public static Column bool(String key, String label) {
        return new Column(key, label, Kind.BOOLEAN);
    }
}
