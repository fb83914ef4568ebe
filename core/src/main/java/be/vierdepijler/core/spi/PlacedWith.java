package be.vierdepijler.core.spi;

import java.util.Locale;

/**
 * How a newcomer is placed in a trajectory of a type: with a buddy (a duo; its supply is the buddies' free duos) or in
 * an offer of the type in the region's catalogue (its supply is the offers' free places). Every type says it
 * explicitly ({@link TrajectoryType#placedWith()}), so that the placement, the matching, the reports and the UI read
 * one answer instead of each working it out from the schema or from an id (ADR 0004). The registry checks that the
 * answer agrees with the schema: a type placed with a buddy has a {@link FieldKind#REFERENCE reference} field to a
 * {@link ReferenceTarget#BUDDY buddy}, a type placed in an offer has none.
 */
public enum PlacedWith {
    /** With a registered, screened buddy: the placement names the buddy, never an offer. */
    BUDDY,
    /** In an offer of the type: the placement names the offer, never a buddy. */
    OFFER;

    /** The lower-case code the API serves: {@code buddy} or {@code offer}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** What a schema implies: {@link #BUDDY} when one of its fields refers to a buddy, {@link #OFFER} otherwise. */
    public static PlacedWith impliedBy(FieldSchema schema) {
        return schema.fields().stream()
                .anyMatch(f -> f.kind() == FieldKind.REFERENCE && f.refersTo() == ReferenceTarget.BUDDY)
                ? BUDDY : OFFER;
    }
}
