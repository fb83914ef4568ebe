package be.vierdepijler.core.spi;

/** What a {@link FieldKind#REFERENCE} field points at: the UI offers a picker of that kind. */
public enum ReferenceTarget {
    /** An offer (aanbod) in the region's catalogue. */
    OFFER,
    /** A partner organisation. */
    ORGANISATION,
    /** A registered, screened volunteer buddy. */
    BUDDY
}
