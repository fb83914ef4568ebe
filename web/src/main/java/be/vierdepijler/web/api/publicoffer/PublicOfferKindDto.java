package be.vierdepijler.web.api.publicoffer;

import java.util.List;

/** A kind of activity for the finder's filter: a trajectory type with its categories, labelled in one language. */
public record PublicOfferKindDto(String typeId, String typeLabel, List<Category> categories) {

    /** A reporting category of the type. */
    public record Category(String id, String label) {
    }
}
