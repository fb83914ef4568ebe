package be.vierdepijler.core.privacy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * One answer of a person to one purpose: given or withdrawn, when, and recorded by whom (a user name, or
 * {@code "self"} for a public self-registration). Kept as an element collection of the person's aggregate, one row
 * per purpose; a withdrawal replaces the answer and the audit trail keeps the history.
 */
@Embeddable
public class Consent {

    @Column(name = "purpose", nullable = false, length = 40)
    @Convert(converter = PurposeConverter.class)
    private ConsentPurpose purpose;

    @Column(name = "granted", nullable = false)
    private boolean granted;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    protected Consent() {
    }

    public Consent(ConsentPurpose purpose, boolean granted, Instant recordedAt, String recordedBy) {
        this.purpose = Objects.requireNonNull(purpose, "purpose");
        this.granted = granted;
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
    }

    public ConsentPurpose purpose() {
        return purpose;
    }

    public boolean granted() {
        return granted;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Consent c && purpose == c.purpose && granted == c.granted
                && recordedAt.equals(c.recordedAt) && recordedBy.equals(c.recordedBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(purpose, granted, recordedAt, recordedBy);
    }

    /** Stores the purpose by its code, never by its ordinal or Java name. */
    @Converter
    public static class PurposeConverter implements AttributeConverter<ConsentPurpose, String> {

        @Override
        public String convertToDatabaseColumn(ConsentPurpose purpose) {
            return purpose == null ? null : purpose.code();
        }

        @Override
        public ConsentPurpose convertToEntityAttribute(String code) {
            return code == null ? null : ConsentPurpose.byCode(code)
                    .orElseThrow(() -> new IllegalStateException("unknown consent purpose in the database: " + code));
        }
    }
}
