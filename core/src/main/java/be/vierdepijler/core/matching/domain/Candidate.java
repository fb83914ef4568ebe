package be.vierdepijler.core.matching.domain;

/** Something a newcomer can be matched to: a place in an offer or a duo with a buddy. */
public sealed interface Candidate permits OfferCandidate, BuddyCandidate {

    long id();

    Place place();

    /** Free places of the offer, or duos the buddy can still take; none means the candidate is excluded. */
    int freeCapacity();

    /** The trajectory type a placement with this candidate has (an id of the registry). */
    String trajectoryTypeId();
}
