package be.vierdepijler.core.imports.domain;

import java.util.Objects;

/**
 * Why one row of an import file cannot be imported.
 *
 * @param line   the row's line, as {@link ImportRow#line()}
 * @param column the column at fault, or null when the row as a whole is (e.g. a repeated natural key)
 * @param code   a stable, machine-readable reason, e.g. {@code required}, {@code not-a-number}, {@code unknown}
 * @param reason a sentence for a person, Dutch
 */
public record RowProblem(int line, String column, String code, String reason) {

    public RowProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(reason, "reason");
    }
}
