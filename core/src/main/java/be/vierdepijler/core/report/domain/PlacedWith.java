package be.vierdepijler.core.report.domain;

import be.vierdepijler.core.spi.FieldKind;
import be.vierdepijler.core.spi.ReferenceTarget;
import be.vierdepijler.core.spi.TrajectoryType;

/**
 * Where a trajectory type places a newcomer, and so what its supply is: a type whose placement schema has a
 * {@link FieldKind#REFERENCE} field to a {@link ReferenceTarget#BUDDY} is placed with a buddy (its supply: the free
 * duos of available buddies), every other type in an offer of that type (its supply: the offers' free places). The same
 * rule the placement service applies; decided from the schema, never from a type's id.
 */
public enum PlacedWith {
    OFFER, BUDDY;

    public static PlacedWith of(TrajectoryType type) {
        return type.schema().fields().stream()
                .anyMatch(f -> f.kind() == FieldKind.REFERENCE && f.refersTo() == ReferenceTarget.BUDDY)
                ? BUDDY : OFFER;
    }
}
