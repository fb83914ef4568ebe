package be.vierdepijler.web.api.trajectorytype;

import be.vierdepijler.core.spi.HourPolicy;
import be.vierdepijler.core.spi.Suitability;
import be.vierdepijler.core.spi.TrajectoryType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A trajectory type as the API shows it, texts in the caller's language.
 *
 * @param id                  the stable id placements store, e.g. {@code internship}
 * @param label               e.g. "Kennismakingsstage"
 * @param description         what the activity is
 * @param placedWith          {@code buddy} when a newcomer is placed with a buddy, {@code offer} when in an offer of
 *                            the type: the type's own answer ({@link TrajectoryType#placedWith()}), which the UI goes
 *                            by instead of reading the schema
 * @param suitability         which newcomers it suits
 * @param hours               how its hours are counted and confirmed
 * @param fields              the placement form
 * @param reportingCategories where its hours are reported
 */
public record TrajectoryTypeDto(String id, String label, String description, String placedWith,
                                SuitabilityDto suitability, HoursDto hours, List<FieldDto> fields,
                                List<ReportingCategoryDto> reportingCategories) {

    /**
     * @param minimumDutchLevel the least CEFR level of Dutch, {@code A0} to {@code C2}
     * @param audience          for whom it is meant
     */
    public record SuitabilityDto(String minimumDutchLevel, String audience) {
        static SuitabilityDto of(Suitability suitability, Locale locale) {
            return new SuitabilityDto(suitability.minimumDutchLevel().name(), suitability.audience().in(locale));
        }
    }

    /**
     * @param maxHoursPerDay        the most one day counts
     * @param step                  hours are counted in multiples of this
     * @param contactPersonConfirms true when the offer's contact person confirms the hours, false when the
     *                              counsellor does
     */
    public record HoursDto(BigDecimal maxHoursPerDay, BigDecimal step, boolean contactPersonConfirms) {
        static HoursDto of(HourPolicy policy) {
            return new HoursDto(policy.maxHoursPerDay(), policy.step(), policy.contactPersonConfirms());
        }
    }

    static TrajectoryTypeDto of(TrajectoryType type, Locale locale) {
        return new TrajectoryTypeDto(type.id(), type.label().in(locale), type.description().in(locale),
                type.placedWith().code(), SuitabilityDto.of(type.suitability(), locale),
                HoursDto.of(type.hourPolicy()),
                type.schema().fields().stream().map(f -> FieldDto.of(f, locale)).toList(),
                type.reportingCategories().stream().map(c -> ReportingCategoryDto.of(c, locale)).toList());
    }
}
