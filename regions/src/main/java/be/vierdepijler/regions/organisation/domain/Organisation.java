package be.vierdepijler.regions.organisation.domain;

import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.SearchText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.BatchSize;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A partner organisation in one municipality, with its contact persons. Invariant: every field of its
 * {@link OrganisationDetails} is in order. Changes are audited (Envers), contacts included.
 */
@Entity
@Table(name = "organisation")
@Audited
public class Organisation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "name_search", nullable = false, length = 200)
    private String nameSearch;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private OrganisationKind kind;

    @Column(name = "municipality_nis", nullable = false, length = 5)
    private String municipalityNis;

    @Column(length = 300)
    private String address;

    @Column(length = 300)
    private String website;

    @Column(length = 2000)
    private String description;

    @Column(nullable = false)
    private boolean active = true;

    /** The organisation agreed that its published, approved offers appear in the public finder. */
    @Column(name = "public_listing", nullable = false)
    private boolean publicListing;

    @Column(name = "public_listing_by", length = 100)
    private String publicListingBy;

    @Column(name = "public_listing_at")
    private Instant publicListingAt;

    // a page of organisations reads its contacts in one statement, not one per organisation (as Newcomer's lists)
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @CollectionTable(name = "organisation_contact", joinColumns = @JoinColumn(name = "organisation_id"))
    @OrderColumn(name = "position")
    private List<ContactPerson> contacts = new ArrayList<>();

    @NotAudited
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Organisation() {
        // for JPA
    }

    public Organisation(OrganisationDetails details, Instant createdAt) {
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        apply(details);
    }

    /** @throws InvalidInputException with every field that is not in order; nothing changes then */
    public final void apply(OrganisationDetails details) {
        var violations = details.violations();
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        this.name = details.name().strip();
        this.nameSearch = SearchText.fold(this.name);
        this.kind = details.kind();
        this.municipalityNis = details.municipalityNis();
        this.address = blankToNull(details.address());
        this.website = blankToNull(details.website());
        this.description = blankToNull(details.description());
        this.active = details.active();
        this.contacts = new ArrayList<>(details.contacts().stream().map(c -> new ContactPerson(c.name().strip(),
                blankToNull(c.functionTitle()), blankToNull(c.email()), blankToNull(c.phone()))).toList());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public String municipalityNis() {
        return municipalityNis;
    }

    public String address() {
        return address;
    }

    public String website() {
        return website;
    }

    public String description() {
        return description;
    }

    public boolean active() {
        return active;
    }

    /**
     * Records the organisation's consent to be listed publicly (or its withdrawal), with who recorded it and when.
     * Nothing changes when the consent is already so.
     */
    public void listPublicly(boolean consent, String by, Instant at) {
        if (consent == publicListing && publicListingAt != null) {
            return;
        }
        this.publicListing = consent;
        this.publicListingBy = Objects.requireNonNull(by, "by");
        this.publicListingAt = Objects.requireNonNull(at, "at");
    }

    public boolean publicListing() {
        return publicListing;
    }

    /** Who last set the consent to be listed publicly; null when nobody ever did. */
    public String publicListingBy() {
        return publicListingBy;
    }

    public Instant publicListingAt() {
        return publicListingAt;
    }

    public List<ContactPerson> contacts() {
        return List.copyOf(contacts);
    }

    public long version() {
        return version;
    }
}
