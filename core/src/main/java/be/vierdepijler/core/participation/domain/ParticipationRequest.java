package be.vierdepijler.core.participation.domain;

import be.vierdepijler.core.shared.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A newcomer's "I want to take part": personal data (first name and a way to contact them), with their consent for
 * this purpose and when it was given. Every change is audited (Envers).
 *
 * <p>Invariants: the network is the municipality's (set by the application service); while open, the fingerprint of
 * the contact and offer is kept so that the database refuses a second open request for them; handled once (taken in
 * with a newcomer, or declined with a reason), never again.
 */
@Entity
@Table(name = "participation_request")
@Audited
public class ParticipationRequest {

    /** What replaces the first name of an erased request. */
    public static final String ERASED_NAME = "Verwijderd";
    public static final int MAX_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "reference", nullable = false, length = 12, updatable = false)
    private String reference;

    @Column(name = "first_name", nullable = false, length = 80)
    private String firstName;

    @Column(name = "municipality_nis", nullable = false, length = 5)
    private String municipalityNis;

    @Column(name = "network_id", nullable = false, length = 40)
    private String networkId;

    @Column(name = "phone", length = 40)
    private String phone;

    @Column(name = "email", length = 200)
    private String email;

    @Column(name = "offer_id")
    private Long offerId;

    @Column(name = "organisation_id")
    private Long organisationId;

    @Column(name = "language", nullable = false, length = 2)
    private String language;

    @Column(name = "consent_at", nullable = false)
    private Instant consentAt;

    @Column(name = "share_with_organisation", nullable = false)
    private boolean shareWithOrganisation;

    @NotAudited
    @Column(name = "open_fingerprint", length = 64)
    private String openFingerprint;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RequestStatus status;

    @Column(name = "newcomer_id")
    private Long newcomerId;

    @Column(name = "handled_by", length = 80)
    private String handledBy;

    @Column(name = "handled_at")
    private Instant handledAt;

    @Column(name = "decline_reason", length = MAX_REASON)
    private String declineReason;

    @NotAudited
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected ParticipationRequest() {
        // JPA
    }

    /** A new open request from a checked form; the consent is recorded at {@code at}. */
    public ParticipationRequest(String reference, RequestForm form, String networkId, Long organisationId,
                                Instant at) {
        this.reference = reference;
        this.firstName = form.firstName();
        this.municipalityNis = form.municipalityNis();
        this.networkId = networkId;
        this.phone = form.phone();
        this.email = form.email();
        this.offerId = form.offerId();
        this.organisationId = organisationId;
        this.language = form.language();
        this.consentAt = at;
        this.shareWithOrganisation = form.shared();
        this.openFingerprint = form.fingerprint();
        this.status = RequestStatus.OPEN;
        this.createdAt = at;
        this.updatedAt = at;
    }

    /** @throws ConflictException {@code already-handled} when the request was taken in or declined before */
    public void takeIn(long newcomer, String by, Instant at) {
        requireOpen();
        this.status = RequestStatus.TAKEN_IN;
        this.newcomerId = newcomer;
        handled(by, at);
    }

    /** @throws ConflictException {@code already-handled} when the request was taken in or declined before */
    public void decline(String reason, String by, Instant at) {
        requireOpen();
        this.status = RequestStatus.DECLINED;
        this.declineReason = reason;
        handled(by, at);
    }

    /** Clears the person from the request (erasure): the counts stay. */
    public void erase(Instant at) {
        this.firstName = ERASED_NAME;
        this.phone = null;
        this.email = null;
        this.declineReason = null;
        this.openFingerprint = null;
        this.updatedAt = at;
    }

    private void handled(String by, Instant at) {
        this.handledBy = by;
        this.handledAt = at;
        this.updatedAt = at;
        this.openFingerprint = null;
    }

    private void requireOpen() {
        if (status != RequestStatus.OPEN) {
            throw new ConflictException("already-handled", "Deze aanvraag werd al behandeld (" + status.code()
                    + ").");
        }
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public String firstName() {
        return firstName;
    }

    public String municipalityNis() {
        return municipalityNis;
    }

    public String networkId() {
        return networkId;
    }

    public String phone() {
        return phone;
    }

    public String email() {
        return email;
    }

    public Long offerId() {
        return offerId;
    }

    public Long organisationId() {
        return organisationId;
    }

    public String language() {
        return language;
    }

    public Instant consentAt() {
        return consentAt;
    }

    public boolean shareWithOrganisation() {
        return shareWithOrganisation;
    }

    public RequestStatus status() {
        return status;
    }

    public Long newcomerId() {
        return newcomerId;
    }

    public String handledBy() {
        return handledBy;
    }

    public Instant handledAt() {
        return handledAt;
    }

    public String declineReason() {
        return declineReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
