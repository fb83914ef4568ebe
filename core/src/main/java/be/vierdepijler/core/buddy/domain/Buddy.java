package be.vierdepijler.core.buddy.domain;

import be.vierdepijler.core.privacy.domain.Consent;
import be.vierdepijler.core.privacy.domain.ConsentPurpose;
import be.vierdepijler.core.privacy.domain.Consents;
import be.vierdepijler.core.privacy.domain.PersonErasedException;
import be.vierdepijler.core.profile.domain.TimeSlot;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.SearchText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PostLoad;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A buddy: a volunteer who spends time with a newcomer (a duo) so that the newcomer practises Dutch and builds a
 * network (buddywerking). Personal data: every change is audited (Envers), every read of one buddy is logged.
 *
 * <p>Lifecycle: registered (by a coordinator, or by themselves on the public form) → screened or refused → trained →
 * matched into duos up to their capacity; active, paused or stopped at any time; finally perhaps erased
 * (pseudonymised: the person is gone, the counts stay).
 *
 * <p>Invariants:
 * <ul>
 *   <li>the profile is complete and within its limits ({@link BuddyProfile#violations()}); the network is the one of
 *       the municipality (set by the application service from the place directory, never typed in);</li>
 *   <li>a screening once decided never returns to {@code registered}; only a screened buddy is trained;</li>
 *   <li>{@value #MIN_CAPACITY} ≤ capacity ≤ {@value #MAX_CAPACITY}, and never below the duos running
 *       ({@code 0 ≤ duosTaken ≤ capacity}, also checked by the database); duos are taken and given back only by
 *       atomic updates (see {@code BuddyPlaces}), never through this object;</li>
 *   <li>available (may be matched) = screened, trained, active, and consenting to matching;</li>
 *   <li>consent is one answer per purpose ({@link be.vierdepijler.core.privacy.domain.Consents}, as for a
 *       newcomer); the consent to matching is required to register; an erased buddy changes no more.</li>
 * </ul>
 *
 * <p>Longer than 300 lines because it is the aggregate root of a person with a profile, a coordinator's settings and
 * consents, each with its checks, and half of it is mapping and accessors.
 */
@Entity
@Table(name = "buddy")
@Audited
@EntityListeners(BuddyCandidateListener.class)
public class Buddy {

    public static final int MIN_CAPACITY = 1;
    public static final int MAX_CAPACITY = 5;
    /** What replaces the names of an erased buddy. */
    public static final String ERASED_NAME = "Verwijderd";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** A random reference the person is given at registration, e.g. {@code BD-7K3M-Q9XP}: no personal data. */
    @Column(nullable = false, length = 12, unique = true, updatable = false)
    private String reference;

    @Column(name = "first_name", nullable = false, length = BuddyProfile.MAX_NAME)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = BuddyProfile.MAX_NAME)
    private String lastName;

    /** First name then last name, folded for search. */
    @Column(name = "name_search", nullable = false, length = 2 * BuddyProfile.MAX_NAME + 1)
    private String nameSearch;

    /** Last name then first name, folded: the order of a list by name. */
    @Column(name = "sort_name", nullable = false, length = 2 * BuddyProfile.MAX_NAME + 1)
    private String sortName;

    @Column(length = BuddyProfile.MAX_EMAIL)
    private String email;

    @Column(length = BuddyProfile.MAX_PHONE)
    private String phone;

    @Column(name = "municipality_nis", nullable = false, length = 5)
    private String municipalityNis;

    /** The network of the municipality, kept with it so that scoping and reports need no join into regions. */
    @Column(name = "network_id", nullable = false, length = 40)
    private String networkId;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = 100)
    @CollectionTable(name = "buddy_language", joinColumns = @JoinColumn(name = "buddy_id"))
    @Column(name = "language", length = 2)
    private Set<String> languages = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = 100)
    @CollectionTable(name = "buddy_interest", joinColumns = @JoinColumn(name = "buddy_id"))
    @Column(name = "interest", length = 30)
    private Set<String> interests = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = 100)
    @CollectionTable(name = "buddy_availability", joinColumns = @JoinColumn(name = "buddy_id"))
    @Column(name = "time_slot", length = 20)
    private Set<String> availability = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ScreeningStatus screening;

    @Column(name = "screening_decided_on")
    private LocalDate screeningDecidedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TrainingStatus training;

    @Column(name = "trained_on")
    private LocalDate trainedOn;

    @Column(nullable = false)
    private int capacity;

    /** Changed only by the atomic updates of the placement port, which Envers does not see: not audited. */
    @NotAudited
    @Column(name = "duos_taken", nullable = false, updatable = false)
    private int duosTaken;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BuddyStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "registered_by", nullable = false, length = 20, updatable = false)
    private RegistrationChannel registeredBy;

    /** The consent to matching, kept beside the consents so that "available" is one indexed condition. */
    @Column(name = "matching_consent", nullable = false)
    private boolean matchingConsent;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @BatchSize(size = 100)
    @CollectionTable(name = "buddy_consent", joinColumns = @JoinColumn(name = "buddy_id"))
    @OrderColumn(name = "position")
    private List<Consent> consents = new ArrayList<>();

    @Column(name = "erased_at")
    private Instant erasedAt;

    @Column(name = "erased_by", length = 80)
    private String erasedBy;

    @NotAudited
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    /** The network as last read from the database (null while new): a move changes the matching of both. */
    @Transient
    private String networkIdAsRead;

    protected Buddy() {
        // for JPA
    }

    /**
     * Registers a buddy.
     *
     * @param networkId the network of the profile's municipality
     * @param by        who records it: a username, or {@code self}
     * @throws InvalidInputException with every field that is not in order
     */
    public Buddy(String reference, BuddyProfile profile, String networkId, BuddySettings settings,
                 Map<String, Boolean> consentAnswers, RegistrationChannel channel, Instant now, String by,
                 LocalDate today) {
        List<FieldViolation> v = registrationViolations(profile, settings, consentAnswers, today);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        this.reference = Objects.requireNonNull(reference, "reference");
        this.registeredBy = Objects.requireNonNull(channel, "channel");
        this.createdAt = Objects.requireNonNull(now, "now");
        this.screening = ScreeningStatus.REGISTERED;
        apply(profile, networkId, settings, consentAnswers, now, by, today);
    }

    /** Every field of a new buddy that is not in order; empty when it may be registered. */
    public static List<FieldViolation> registrationViolations(BuddyProfile profile, BuddySettings settings,
                                                              Map<String, Boolean> consentAnswers,
                                                              LocalDate today) {
        List<FieldViolation> v = new ArrayList<>(profile.violations());
        v.addAll(settingsViolations(null, 0, settings, today));
        v.addAll(consentViolations(consentAnswers, true));
        return v;
    }

    /** Every field of a change that is not in order from the buddy's current state; empty when it may be applied. */
    public List<FieldViolation> changeViolations(BuddyProfile profile, BuddySettings settings,
                                                 Map<String, Boolean> consentAnswers, LocalDate today) {
        List<FieldViolation> v = new ArrayList<>(profile.violations());
        v.addAll(settingsViolations(screening, duosTaken, settings, today));
        v.addAll(consentViolations(consentAnswers, false));
        return v;
    }

    /**
     * Changes the profile, the coordinator's settings and the consents given; purposes not in {@code consentAnswers}
     * keep their answer.
     *
     * @throws PersonErasedException when the buddy was erased
     * @throws InvalidInputException with every field that is not in order; nothing changes then
     */
    public void change(BuddyProfile profile, String networkId, BuddySettings settings,
                       Map<String, Boolean> consentAnswers, Instant now, String by, LocalDate today) {
        requireNotErased();
        List<FieldViolation> v = changeViolations(profile, settings, consentAnswers, today);
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        apply(profile, networkId, settings, consentAnswers, now, by, today);
    }

    private void apply(BuddyProfile profile, String networkId, BuddySettings settings,
                       Map<String, Boolean> consentAnswers, Instant now, String by, LocalDate today) {
        this.firstName = profile.firstName().strip();
        this.lastName = profile.lastName().strip();
        this.nameSearch = SearchText.fold(firstName + " " + lastName);
        this.sortName = SearchText.fold(lastName + " " + firstName);
        this.email = profile.email().strip();
        this.phone = profile.phone() == null || profile.phone().isBlank() ? null : profile.phone().strip();
        this.municipalityNis = profile.municipalityNis().strip();
        this.networkId = Objects.requireNonNull(networkId, "networkId");
        replace(languages, profile.languageCodes());
        replace(interests, profile.interestCodes());
        replace(availability, profile.availabilityCodes());
        ScreeningStatus newScreening = settings.screeningStatus().orElseThrow();
        if (newScreening != screening || (screeningDecidedOn == null && newScreening != ScreeningStatus.REGISTERED)) {
            screeningDecidedOn = newScreening == ScreeningStatus.REGISTERED ? null : today;
        }
        this.screening = newScreening;
        this.training = settings.trainingStatus().orElseThrow();
        this.trainedOn = training == TrainingStatus.TRAINED ? settings.trainedOnDate().orElse(
                trainedOn != null ? trainedOn : today) : null;
        this.capacity = settings.capacity();
        this.status = settings.buddyStatus().orElseThrow();
        answer(consentAnswers, now, by);
        this.updatedAt = now;
    }

    private static void replace(Set<String> target, Set<String> values) {
        target.retainAll(values);
        target.addAll(values);
    }

    private void answer(Map<String, Boolean> answers, Instant now, String by) {
        if (answers != null) {
            Consents.in(consents).answer(Consents.parse(answers, new ArrayList<>()), now.truncatedTo(ChronoUnit.MILLIS),
                    by);
        }
        this.matchingConsent = Consents.in(consents).granted(ConsentPurpose.MATCHING);
    }

    /**
     * The coordinator's settings that are not in order from the current state.
     *
     * @param current   the current screening; null for a new buddy
     * @param duosTaken the duos running now
     */
    static List<FieldViolation> settingsViolations(ScreeningStatus current, int duosTaken, BuddySettings s,
                                                   LocalDate today) {
        List<FieldViolation> v = new ArrayList<>(s.violations());
        s.screeningStatus().flatMap(next -> screeningTransition(current, next)).ifPresent(v::add);
        if (s.trainingStatus().orElse(null) == TrainingStatus.TRAINED
                && s.screeningStatus().orElse(null) != ScreeningStatus.SCREENED && s.screeningStatus().isPresent()) {
            v.add(new FieldViolation("training", "not-screened",
                    "Alleen een gescreende buddy volgt de vorming: zet eerst de screening op 'screened'."));
        }
        s.trainedOnDate().ifPresent(day -> {
            if (s.trainingStatus().orElse(null) == TrainingStatus.NOT_TRAINED) {
                v.add(new FieldViolation("trainedOn", "not-trained", "Een datum van vorming hoort bij 'trained'."));
            } else if (day.isAfter(today)) {
                v.add(new FieldViolation("trainedOn", "in-the-future", "De vorming ligt niet in de toekomst."));
            }
        });
        if (s.capacity() != null) {
            capacityViolation(s.capacity(), duosTaken).ifPresent(v::add);
        }
        return v;
    }

    /** A screening once decided (screened or refused) may change its mind, but never returns to awaiting screening. */
    static Optional<FieldViolation> screeningTransition(ScreeningStatus current, ScreeningStatus next) {
        if (current != null && current != ScreeningStatus.REGISTERED && next == ScreeningStatus.REGISTERED) {
            return Optional.of(new FieldViolation("screening", "invalid-transition",
                    "Over de screening werd al beslist ('" + current.code() + "'); ze gaat niet terug naar"
                            + " 'registered'."));
        }
        return Optional.empty();
    }

    static Optional<FieldViolation> capacityViolation(int capacity, int duosTaken) {
        if (capacity < MIN_CAPACITY || capacity > MAX_CAPACITY) {
            return Optional.of(new FieldViolation("capacity", "out-of-range",
                    "Een buddy neemt " + MIN_CAPACITY + " tot " + MAX_CAPACITY + " duo's tegelijk op."));
        }
        if (capacity < duosTaken) {
            return Optional.of(new FieldViolation("capacity", "below-duos-taken", "Deze buddy heeft nu " + duosTaken
                    + " lopende duo's; de capaciteit kan niet lager."));
        }
        return Optional.empty();
    }

    /** The consents' problems ({@link Consents#parse}); registering also needs the consent to matching. */
    static List<FieldViolation> consentViolations(Map<String, Boolean> answers, boolean registering) {
        List<FieldViolation> v = new ArrayList<>();
        Map<ConsentPurpose, Boolean> given = Consents.parse(answers, v);
        boolean tooMany = v.stream().anyMatch(p -> p.field().equals("consents"));
        if (registering && !tooMany && !Boolean.TRUE.equals(given.get(ConsentPurpose.MATCHING))) {
            v.add(new FieldViolation("consents." + ConsentPurpose.MATCHING.code(), "required",
                    "Zonder toestemming om het profiel te gebruiken voor het koppelen aan een nieuwkomer kan een buddy"
                            + " niet ingeschreven worden."));
        }
        return v;
    }

    /**
     * Pseudonymises the buddy: every personal field replaced or cleared; municipality, network, statuses, capacity
     * and duos stay so that the reports keep counting them; the buddy stops. The audit history is cleared by the
     * caller (it lies outside this object).
     */
    public void erase(Instant at, String by) {
        firstName = ERASED_NAME;
        lastName = ERASED_NAME;
        nameSearch = SearchText.fold(ERASED_NAME);
        sortName = nameSearch;
        email = null;
        phone = null;
        languages.clear();
        interests.clear();
        availability.clear();
        status = BuddyStatus.STOPPED;
        erasedAt = Objects.requireNonNull(at, "at");
        erasedBy = Objects.requireNonNull(by, "by");
        updatedAt = at;
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    private void requireNotErased() {
        if (isErased()) {
            throw new PersonErasedException("buddy", String.valueOf(id));
        }
    }

    /** Screened, trained, active and consenting to matching: may be matched (when a duo is free). */
    public boolean isAvailable() {
        return isAvailable(screening, training, status, matchingConsent);
    }

    public static boolean isAvailable(ScreeningStatus screening, TrainingStatus training, BuddyStatus status,
                                      boolean matchingConsent) {
        return screening == ScreeningStatus.SCREENED && training == TrainingStatus.TRAINED
                && status == BuddyStatus.ACTIVE && matchingConsent;
    }

    public int freeDuos() {
        return Math.max(0, capacity - duosTaken);
    }

    public Optional<Consent> consent(ConsentPurpose purpose) {
        return Consents.in(consents).of(purpose);
    }

    /** "First Last", as a counsellor knows them. */
    public String displayName() {
        return firstName + " " + lastName;
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

    public String lastName() {
        return lastName;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    public String municipalityNis() {
        return municipalityNis;
    }

    public String networkId() {
        return networkId;
    }

    /** The network the buddy belonged to when read from the database; null for a buddy not yet stored. */
    public String networkIdAsRead() {
        return networkIdAsRead;
    }

    @PostLoad
    void read() {
        networkIdAsRead = networkId;
    }

    /** Sorted, so that lists and exports read the same every time. */
    public List<String> languages() {
        return languages.stream().sorted().toList();
    }

    public List<String> interests() {
        return interests.stream().sorted().toList();
    }

    /** In the order of the week. */
    public List<String> availability() {
        List<String> order = TimeSlot.codes();
        return availability.stream().sorted(Comparator.comparingInt(order::indexOf)).toList();
    }

    public ScreeningStatus screening() {
        return screening;
    }

    public LocalDate screeningDecidedOn() {
        return screeningDecidedOn;
    }

    public TrainingStatus training() {
        return training;
    }

    public LocalDate trainedOn() {
        return trainedOn;
    }

    public int capacity() {
        return capacity;
    }

    public int duosTaken() {
        return duosTaken;
    }

    public BuddyStatus status() {
        return status;
    }

    public RegistrationChannel registeredBy() {
        return registeredBy;
    }

    public boolean matchingConsent() {
        return matchingConsent;
    }

    /** One answer per purpose, in the order of {@link ConsentPurpose}. */
    public List<Consent> consents() {
        return Consents.in(consents).inPurposeOrder();
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

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
