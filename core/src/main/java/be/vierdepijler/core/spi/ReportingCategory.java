package be.vierdepijler.core.spi;

import java.util.Objects;

/**
 * A category under which hours are reported to the agency and the parliament (e.g. "Conversatiegroep", "Stage"). Every
 * confirmed hour of a placement counts under exactly one category.
 *
 * @param id    stable kebab-case id, stored with the hours (e.g. {@code conversation-group})
 * @param label the name the agency's reports use
 */
public record ReportingCategory(String id, LocalizedText label) {

    public ReportingCategory {
        Objects.requireNonNull(label, "label");
        if (id == null || !TrajectoryType.ID_PATTERN.matcher(id).matches()) {
            throw new IllegalArgumentException("a reporting category id is kebab-case, not '" + id + "'");
        }
    }

    public static ReportingCategory of(String id, String nl, String en) {
        return new ReportingCategory(id, LocalizedText.of(nl, en));
    }
}
