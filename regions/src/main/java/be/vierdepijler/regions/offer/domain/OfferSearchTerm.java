package be.vierdepijler.regions.offer.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One term under which an offer is found by the full-text search: a stem or a folded word of its title, description,
 * organisation name or municipality name ({@link DutchText}). Derived data: rewritten whenever one of those changes.
 */
@Entity
@Table(name = "offer_search_term")
public class OfferSearchTerm {

    @EmbeddedId
    private Key key;

    protected OfferSearchTerm() {
        // for JPA
    }

    public OfferSearchTerm(long offerId, String term) {
        this.key = new Key(offerId, term);
    }

    public long offerId() {
        return key.offerId;
    }

    public String term() {
        return key.term;
    }

    /** The primary key: offer and term. */
    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "offer_id", nullable = false)
        private long offerId;

        @Column(nullable = false, length = DutchText.MAX_TERM_LENGTH)
        private String term;

        protected Key() {
            // for JPA
        }

        Key(long offerId, String term) {
            this.offerId = offerId;
            this.term = Objects.requireNonNull(term, "term");
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.offerId == offerId && k.term.equals(term);
        }

        @Override
        public int hashCode() {
            return Objects.hash(offerId, term);
        }
    }
}
