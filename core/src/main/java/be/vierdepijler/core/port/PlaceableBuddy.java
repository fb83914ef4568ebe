package be.vierdepijler.core.port;

/**
 * A buddy as a placement sees them.
 *
 * @param id              the buddy id
 * @param displayName     the name a counsellor knows them by
 * @param municipalityNis where they live
 * @param networkId       the network of that municipality
 * @param capacity        how many duos they take at once
 * @param duosTaken       how many of those are running
 * @param available       screened, trained and active: may be matched
 */
public record PlaceableBuddy(long id, String displayName, String municipalityNis, String networkId, int capacity,
                             int duosTaken, boolean available) {

    public int freeDuos() {
        return Math.max(0, capacity - duosTaken);
    }
}
