package be.vierdepijler.core.spi;

import be.vierdepijler.core.shared.FieldViolation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A kind of activity that counts towards the participatie- en netwerktraject (buddywerking, kennismakingsstage,
 * vrijwilligerswerk, alternatief traject, …). One CDI bean per type, in its own module; the
 * {@link TrajectoryTypeRegistry} finds them all. See the package documentation for lifecycle and threading.
 *
 * <p>An implementation answers eight things; everything else has a default. Keep it stateless: the same answers for
 * the life of the deployment, from any thread.
 */
public interface TrajectoryType {

    /** Lower-case words and digits joined by single hyphens: {@code buddy}, {@code local-internship}. */
    Pattern ID_PATTERN = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /**
     * The stable id stored with every placement of this type, kebab-case ({@link #ID_PATTERN}). Never derived from a
     * class name; keep it as a constant ({@code public static final String ID}) and never change it once placements
     * exist.
     */
    String id();

    /** The name a coordinator knows it by, e.g. "Kennismakingsstage" / "Introductory internship". */
    LocalizedText label();

    /** One or two sentences on what the activity is. */
    LocalizedText description();

    /** The fields a placement of this type carries. */
    FieldSchema schema();

    /** Every category the hours of this type may be reported under; at least one. */
    List<ReportingCategory> reportingCategories();

    /** Which newcomers this type suits. */
    Suitability suitability();

    /** How hours of this type are counted and capped, and who confirms them. */
    HourPolicy hourPolicy();

    /**
     * Whether a newcomer is placed with a buddy or in an offer of this type: the one answer the placement, the
     * matching, the reports and the UI ({@code "placedWith"} in the type's JSON) go by. It must agree with the
     * {@link #schema()}: {@link PlacedWith#BUDDY} needs a reference field to a buddy, {@link PlacedWith#OFFER} must
     * not have one; the registry refuses a type whose answer disagrees.
     */
    PlacedWith placedWith();

    /**
     * The category a placement with these (valid) attributes counts under; one of {@link #reportingCategories()}.
     * The default serves a type with a single category; a type with several must override it.
     */
    default ReportingCategory reportingCategory(PlacementAttributes attributes) {
        List<ReportingCategory> categories = reportingCategories();
        if (categories.size() != 1) {
            throw new IllegalStateException("trajectory type " + id() + " has " + categories.size()
                    + " reporting categories and must say which one a placement counts under");
        }
        return categories.get(0);
    }

    /**
     * The type's own rules beyond the schema (an end after the start, an agreement that must be signed …). Called
     * after the schema check with the values that passed it, so a rule must cope with an absent value (the schema
     * already reported it when it was required).
     */
    default List<LocalizedViolation> checkRules(PlacementAttributes attributes) {
        return List.of();
    }

    /**
     * Checks placement attributes as they came in (JSON values: strings, numbers, booleans, lists), the schema first
     * and then {@link #checkRules}. Not meant to be overridden: put rules in {@link #checkRules}.
     *
     * @return the problems with Dutch messages; empty when the attributes are valid
     */
    default List<FieldViolation> validate(Map<String, ?> attributes) {
        return validate(attributes, LocalizedText.DUTCH);
    }

    /** As {@link #validate(Map)}, with messages in the language of {@code locale} (English or Dutch). */
    default List<FieldViolation> validate(Map<String, ?> attributes, Locale locale) {
        return PlacementValidator.check(this, attributes).violations(locale);
    }

    /**
     * An optional capability of this type (e.g. {@link DatedPlacements}), when it has it. The default answers this
     * object itself when it implements the capability's interface.
     */
    default <C> Optional<C> capability(Class<C> capability) {
        return capability.isInstance(this) ? Optional.of(capability.cast(this)) : Optional.empty();
    }
}
