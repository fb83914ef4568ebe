package be.vierdepijler.core.trajectory.domain;

import be.vierdepijler.core.shared.ConflictException;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.spi.DatePeriod;
import be.vierdepijler.core.spi.DutchLevel;
import be.vierdepijler.core.spi.FieldDefinition;
import be.vierdepijler.core.spi.FieldKind;
import be.vierdepijler.core.spi.FieldSchema;
import be.vierdepijler.core.spi.PlacedWith;
import be.vierdepijler.core.spi.ReferenceTarget;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rules a new placement meets before its place is taken, one named method each, so that they are read and tested
 * without a container (like {@code EligibilityRules} for the intake). The placement service gathers the facts through
 * its ports (the type, the offer or buddy, the newcomer) and lets these rules decide; a rule answers the problems it
 * finds as {@link FieldViolation}s with a stable code and a Dutch message, or throws a {@link ConflictException} when
 * the state of things refuses the placement however it is asked (a closed offer, no place left). The trajectory itself
 * guards what it owns (only an active trajectory takes a placement) and the {@link Backdating} window its start.
 */
public final class PlacementRules {

    private PlacementRules() {
    }

    /**
     * A type placed with a buddy names a buddy and no offer; a type placed in an offer names an offer and no buddy.
     *
     * @param typeLabel the type's Dutch label, for the messages
     */
    public static List<FieldViolation> placedAsTheTypeSays(PlacedWith placedWith, String typeLabel, Long offerId,
                                                           Long buddyId) {
        List<FieldViolation> problems = new ArrayList<>();
        boolean withBuddy = placedWith == PlacedWith.BUDDY;
        if (withBuddy && buddyId == null) {
            problems.add(new FieldViolation("buddyId", "required", typeLabel
                    + " is een plaatsing met een buddy: geef de buddy."));
        }
        if (withBuddy && offerId != null) {
            problems.add(new FieldViolation("offerId", "not-allowed", typeLabel
                    + " loopt niet in een aanbod maar met een buddy."));
        }
        if (!withBuddy && offerId == null) {
            problems.add(new FieldViolation("offerId", "required", typeLabel
                    + " is een plaatsing in een aanbod: geef het aanbod."));
        }
        if (!withBuddy && buddyId != null) {
            problems.add(new FieldViolation("buddyId", "not-allowed", typeLabel
                    + " loopt in een aanbod, niet met een buddy."));
        }
        return problems;
    }

    /** The offer is one of the type being placed. */
    public static Optional<FieldViolation> offerOfTheType(String typeId, String offerTypeId) {
        return typeId.equals(offerTypeId) ? Optional.empty() : Optional.of(new FieldViolation("offerId",
                "type-mismatch", "Dit aanbod is van het type '" + offerTypeId + "', niet '" + typeId + "'."));
    }

    /**
     * The offer takes newcomers in now.
     *
     * @throws ConflictException {@code offer-closed} when it does not
     */
    public static void offerOpen(boolean open, String offerTitle) {
        if (!open) {
            throw new ConflictException("offer-closed", "Het aanbod '" + offerTitle + "' neemt nu geen"
                    + " inburgeraars op.");
        }
    }

    /** The Dutch a placement needs: the type's minimum, or the offer's required level when that is higher. */
    public static DutchLevel levelNeeded(DutchLevel typeMinimum, DutchLevel offerLevel) {
        return offerLevel != null && offerLevel.isAtLeast(typeMinimum) ? offerLevel : typeMinimum;
    }

    /**
     * The newcomer's Dutch reaches the level needed; {@code A0} needs none, any other level a known one. Reported on
     * the buddy or the offer, whichever the placement names.
     */
    public static Optional<FieldViolation> dutchLevelReached(DutchLevel needed, DutchLevel newcomerLevel,
                                                             PlacedWith placedWith) {
        if (needed == DutchLevel.A0 || newcomerLevel != null && newcomerLevel.isAtLeast(needed)) {
            return Optional.empty();
        }
        return Optional.of(new FieldViolation(placedWith == PlacedWith.BUDDY ? "buddyId" : "offerId",
                "dutch-level-too-low", "Hiervoor is minstens Nederlands " + needed + " nodig; de inburgeraar heeft "
                + (newcomerLevel == null ? "nog geen gekend niveau" : newcomerLevel) + "."));
    }

    /**
     * Every reference field of the schema to {@code target} is the placement's own {@code id} (its buddy, its offer,
     * its offer's organisation), for every type alike: an absent or blank one is filled in into {@code attributes}, a
     * different one is refused.
     */
    public static List<FieldViolation> referencesMatch(FieldSchema schema, ReferenceTarget target, long id,
                                                       Map<String, Object> attributes) {
        List<FieldViolation> problems = new ArrayList<>();
        String expected = String.valueOf(id);
        for (FieldDefinition field : schema.fields()) {
            if (field.kind() != FieldKind.REFERENCE || field.refersTo() != target) {
                continue;
            }
            Object given = attributes.get(field.name());
            if (given == null || given instanceof String s && s.isBlank()) {
                attributes.put(field.name(), expected);
            } else if (!expected.equals(given instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString()
                    : String.valueOf(given).strip())) {
                problems.add(new FieldViolation("attributes." + field.name(), "reference-mismatch", "'"
                        + field.label().nl() + "' moet " + expected + " zijn, die van de plaatsing zelf."));
            }
        }
        return problems;
    }

    /**
     * When the placement runs, and whether the dates asked agree: a type whose fields give the period
     * ({@code DatedPlacements}) decides it, and a different start asked is refused; otherwise the dates asked hold,
     * the start today when none is given.
     *
     * @param period the period the fields give, when the type has one and the fields are valid
     */
    public static Dates dates(LocalDate start, LocalDate end, Optional<DatePeriod> period, LocalDate today) {
        if (period.isPresent()) {
            DatePeriod p = period.get();
            List<FieldViolation> problems = start != null && !start.equals(p.start())
                    ? List.of(new FieldViolation("startDate", "differs-from-period", "De plaatsing loopt van "
                    + p.start() + " tot " + p.end() + " volgens haar velden.")) : List.of();
            return new Dates(p.start(), p.end(), problems);
        }
        return new Dates(start == null ? today : start, end, List.of());
    }

    /** The dates a placement runs on, and what was wrong with the dates asked. */
    public record Dates(LocalDate start, LocalDate end, List<FieldViolation> problems) {

        public Dates {
            problems = List.copyOf(problems);
        }
    }

    /** A planned end is not before the start. */
    public static Optional<FieldViolation> endNotBeforeStart(LocalDate start, LocalDate end) {
        return end != null && end.isBefore(start) ? Optional.of(new FieldViolation("endDate", "end-before-start",
                "De einddatum valt voor de begindatum " + start + ".")) : Optional.empty();
    }

    /**
     * A place was left to take: a free duo of the buddy, a free place in the offer.
     *
     * @throws ConflictException {@code buddy-unavailable} or {@code no-free-place} when none was
     */
    public static void placeTaken(boolean taken, PlacedWith placedWith) {
        if (!taken) {
            throw placedWith == PlacedWith.BUDDY
                    ? new ConflictException("buddy-unavailable", "Deze buddy kan geen duo meer aan.")
                    : new ConflictException("no-free-place", "Dit aanbod heeft geen vrije plaats meer.");
        }
    }
}
