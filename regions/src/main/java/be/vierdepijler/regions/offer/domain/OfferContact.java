package be.vierdepijler.regions.offer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The person who confirms a newcomer's hours in this offer (personal data). The offer keeps its own copy rather than a
 * pointer into the organisation's list of contacts: that list is rewritten (and renumbered) whenever the organisation
 * is edited, and an offer must not silently move to another person. The UI may prefill it from the organisation.
 */
@Embeddable
public class OfferContact {

    @Column(name = "contact_name", length = 120)
    private String name;

    @Column(name = "contact_email", length = 200)
    private String email;

    @Column(name = "contact_phone", length = 40)
    private String phone;

    protected OfferContact() {
        // for JPA
    }

    public OfferContact(String name, String email, String phone) {
        this.name = name;
        this.email = email;
        this.phone = phone;
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }

    /** Whether nothing is filled in: the offer names no contact person. */
    public boolean isEmpty() {
        return blank(name) && blank(email) && blank(phone);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
