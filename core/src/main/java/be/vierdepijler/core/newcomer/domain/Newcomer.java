package be.vierdepijler.core.newcomer.domain;

import be.vierdepijler.core.privacy.domain.Consent;
import be.vierdepijler.core.privacy.domain.ConsentPurpose;
import be.vierdepijler.core.privacy.domain.Consents;
import be.vierdepijler.core.privacy.domain.PersonErasedException;
import be.vierdepijler.core.shared.SearchText;
import be.vierdepijler.core.spi.DutchLevel;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Transient;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;

/**
 * A newcomer (inburgeraar) taken in for a participation trajectory. Holds only what the work needs: name and contact,
 * obliged or entitled, where they live (and so in which network), their Dutch, languages, interests, availability,
 * how they were referred, where their civic integration trajectory stands (for eligibility) and consent per purpose.
 * No national register number. Lives in the network of its municipality; a move to another network is a referral
 * (see the trajectory). Every change is audited (Envers), every read of one record logged. Its small collections are
 * loaded with it, in batches for a page of a list (never a subselect over the whole list's query).
 *
 * <p>Finally perhaps erased (pseudonymised, on request or when the retention period passed): names become
 * {@value #ERASED_NAME}, contact, profile, the dates of the integration trajectory and the motivation of an override
 * are cleared; status, place, Dutch level, referral channel and consents stay, so that reports keep counting the
 * newcomer. An erased newcomer changes no more.
 *
 * <p>Longer than 300 lines because it is the aggregate root of a person with a profile, an integration trajectory,
 * consents ({@link be.vierdepijler.core.privacy.domain.Consents}) and an eligibility override; half of it is mapping and
 * accessors.
 */
@Entity
@Table(name = "newcomer")
@Audited
@EntityListeners(NewcomerFigureListener.class)
public class Newcomer {

    /** What replaces the names of an erased newcomer. */
    public static final String ERASED_NAME = "Verwijderd";
    /** What replaces a free text about an erased newcomer (it may have said something personal). */
    public static final String ERASED_TEXT = "(verwijderd)";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "first_name", nullable = false, length = 80)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 80)
    private String lastName;

    @Column(name = "name_search", nullable = false, length = 170)
    private String nameSearch;

    @Column(length = 200)
    private String email;

    @Column(length = 40)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(name = "integration_status", nullable = false, length = 20)
    private IntegrationStatus integrationStatus;

    @Column(name = "municipality_nis", nullable = false, length = 5)
    private String municipalityNis;

    @Column(name = "network_id", nullable = false, length = 40)
    private String networkId;

    @Enumerated(EnumType.STRING)
    @Column(name = "dutch_level", length = 2)
    private DutchLevel dutchLevel;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "newcomer_language", joinColumns = @JoinColumn(name = "newcomer_id"))
    @Column(name = "language", length = 3)
    private Set<String> languages = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "newcomer_interest", joinColumns = @JoinColumn(name = "newcomer_id"))
    @Column(name = "interest", length = 40)
    private Set<String> interests = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "newcomer_availability", joinColumns = @JoinColumn(name = "newcomer_id"))
    @Column(name = "time_slot", length = 20)
    private Set<String> availability = new HashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "referral_channel", nullable = false, length = 20)
    private ReferralChannel referralChannel;

    @Column(name = "integration_contract_date")
    private LocalDate integrationContractDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "integration_progress", nullable = false, length = 20)
    private IntegrationProgress integrationProgress;

    @Column(name = "integration_ended_on")
    private LocalDate integrationEndedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "newcomer_consent", joinColumns = @JoinColumn(name = "newcomer_id"))
    private Set<Consent> consents = new HashSet<>();

    @Column(name = "override_motivation", length = 1000)
    private String overrideMotivation;

    @Column(name = "override_by", length = 80)
    private String overrideBy;

    @Column(name = "override_at")
    private Instant overrideAt;

    @Column(name = "erased_at")
    private Instant erasedAt;

    @Column(name = "erased_by", length = 80)
    private String erasedBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Version
    private long version;

    protected Newcomer() {
    }

    public Newcomer(NewcomerDetails details, String networkId, Instant now, String by) {
        this.createdAt = now;
        this.createdBy = by;
        apply(details, networkId, now, by);
    }

    /** Takes the details; the network is that of the municipality (a change of network goes through a referral). */
    public void apply(NewcomerDetails d, String networkId, Instant now, String by) {
        requireNotErased();
        this.firstName = d.firstName();
        this.lastName = d.lastName();
        this.nameSearch = SearchText.fold(d.firstName() + " " + d.lastName());
        this.email = d.email();
        this.phone = d.phone();
        this.integrationStatus = d.integrationStatus();
        this.municipalityNis = d.municipalityNis();
        this.networkId = Objects.requireNonNull(networkId, "networkId");
        this.dutchLevel = d.dutchLevel();
        replace(languages, d.languages());
        replace(interests, d.interests());
        replace(availability, d.availability());
        this.referralChannel = d.referralChannel();
        this.integrationContractDate = d.integrationContractDate();
        this.integrationProgress = d.integrationProgress();
        this.integrationEndedOn = d.integrationEndedOn();
        Consents.in(consents).answer(d.consents(), now, by);
    }

    /** The newcomer moved to a municipality of another network (a referral). */
    public void moveTo(String municipalityNis, String networkId) {
        requireNotErased();
        this.municipalityNis = Objects.requireNonNull(municipalityNis);
        this.networkId = Objects.requireNonNull(networkId);
    }

    /** A counsellor takes the newcomer in although a rule of eligibility said no, and says why. */
    public void overrideEligibility(String motivation, String by, Instant at) {
        requireNotErased();
        this.overrideMotivation = Objects.requireNonNull(motivation);
        this.overrideBy = by;
        this.overrideAt = at;
    }

    /**
     * Pseudonymises the newcomer: names, contact, languages, interests, availability, the dates of the integration
     * trajectory and the override's motivation go; what reports count stays. The audit history and the trajectories
     * are cleared by the caller (they lie outside this object).
     */
    public void erase(Instant at, String by) {
        firstName = ERASED_NAME;
        lastName = ERASED_NAME;
        nameSearch = SearchText.fold(ERASED_NAME + " " + ERASED_NAME);
        email = null;
        phone = null;
        languages.clear();
        interests.clear();
        availability.clear();
        integrationContractDate = null;
        integrationEndedOn = null;
        if (overrideMotivation != null) {
            overrideMotivation = ERASED_TEXT;
        }
        erasedAt = Objects.requireNonNull(at, "at");
        erasedBy = Objects.requireNonNull(by, "by");
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    /** @throws PersonErasedException when the newcomer was erased */
    public void requireNotErased() {
        if (isErased()) {
            throw new PersonErasedException("newcomer", String.valueOf(id));
        }
    }

    private static void replace(Set<String> target, Set<String> values) {
        target.retainAll(values);
        target.addAll(values);
    }

    public Optional<Consent> consent(ConsentPurpose purpose) {
        return Consents.in(consents).of(purpose);
    }

    public boolean hasConsented(ConsentPurpose purpose) {
        return Consents.in(consents).granted(purpose);
    }

    public Long id() {
        return id;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    /** The integration status when the newcomer was read or last written (not a column; see the listener). */
    @Transient
    private IntegrationStatus integrationStatusAsRead;

    @PostLoad
    void figuresWritten() {
        integrationStatusAsRead = integrationStatus;
    }

    IntegrationStatus integrationStatusAsRead() {
        return integrationStatusAsRead;
    }

    public IntegrationStatus integrationStatus() {
        return integrationStatus;
    }

    public String municipalityNis() {
        return municipalityNis;
    }

    public String networkId() {
        return networkId;
    }

    public DutchLevel dutchLevel() {
        return dutchLevel;
    }

    public Set<String> languages() {
        return Set.copyOf(languages);
    }

    public Set<String> interests() {
        return Set.copyOf(interests);
    }

    public Set<String> availability() {
        return Set.copyOf(availability);
    }

    public ReferralChannel referralChannel() {
        return referralChannel;
    }

    public LocalDate integrationContractDate() {
        return integrationContractDate;
    }

    public IntegrationProgress integrationProgress() {
        return integrationProgress;
    }

    public LocalDate integrationEndedOn() {
        return integrationEndedOn;
    }

    public Set<Consent> consents() {
        return Set.copyOf(consents);
    }

    public String overrideMotivation() {
        return overrideMotivation;
    }

    public String overrideBy() {
        return overrideBy;
    }

    public Instant overrideAt() {
        return overrideAt;
    }

    public Instant erasedAt() {
        return erasedAt;
    }

    public String erasedBy() {
        return erasedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public long version() {
        return version;
    }
}
