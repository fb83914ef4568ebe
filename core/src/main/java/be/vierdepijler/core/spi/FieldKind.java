package be.vierdepijler.core.spi;

/**
 * What kind of value a placement field holds, and so how the UI renders it and how the validator reads it from JSON.
 */
public enum FieldKind {
    /** A JSON string; {@code min}/{@code max} bound its length, {@code pattern} its form. */
    TEXT,
    /** A JSON number; {@code min}/{@code max} bound its value. */
    NUMBER,
    /** A calendar date as an ISO string, {@code 2025-03-01}. */
    DATE,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** One of the field's declared choice values. */
    CHOICE,
    /** The id of an offer, organisation or buddy (see {@link ReferenceTarget}); whether it exists is not checked here. */
    REFERENCE
}
