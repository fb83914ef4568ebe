package be.vierdepijler.core.imports.domain;

import java.util.Objects;

/**
 * One column of an import file.
 *
 * @param name        the header as a file carries it, Dutch, e.g. {@code referentie}
 * @param required    whether every row must have a value
 * @param description what the column holds and in which format, Dutch, for the template and the import page
 * @param example     an example value
 */
public record ImportColumn(String name, boolean required, String description, String example) {

    public ImportColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
    }

    public static ImportColumn required(String name, String description, String example) {
        return new ImportColumn(name, true, description, example);
    }

    public static ImportColumn optional(String name, String description, String example) {
        return new ImportColumn(name, false, description, example);
    }
}
