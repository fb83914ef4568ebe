package be.vierdepijler.web.api.trajectorytype;

import be.vierdepijler.core.spi.ReportingCategory;
import java.util.Locale;

/**
 * A category hours are reported under.
 *
 * @param id    stable id, e.g. {@code conversation-group}
 * @param label its name in the caller's language, e.g. "Conversatiegroep"
 */
public record ReportingCategoryDto(String id, String label) {

    static ReportingCategoryDto of(ReportingCategory category, Locale locale) {
        return new ReportingCategoryDto(category.id(), category.label().in(locale));
    }
}
