package be.vierdepijler.core.buddy.domain;

/**
 * How many buddies of one group there are and how many duos they hold, counted in the database. No person in it.
 *
 * @param registered        every buddy who registered, whatever became of them (erased ones too)
 * @param awaitingScreening screening {@code registered}
 * @param screened          screening {@code screened}
 * @param refused           screening {@code refused}
 * @param trained           training {@code trained}
 * @param active            status {@code active}
 * @param available         may be matched now and have a free duo (screened, trained, active, consenting)
 * @param totalCapacity     the duos that the buddies who may be matched can take at once
 * @param duosRunning       the duos running, of every buddy
 * @param freeDuos          the duos the buddies who may be matched can still take
 */
public record BuddyCounts(long registered, long awaitingScreening, long screened, long refused, long trained,
                          long active, long available, long totalCapacity, long duosRunning, long freeDuos) {

    public static final BuddyCounts ZERO = new BuddyCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    public BuddyCounts plus(BuddyCounts o) {
        return new BuddyCounts(registered + o.registered, awaitingScreening + o.awaitingScreening,
                screened + o.screened, refused + o.refused, trained + o.trained, active + o.active,
                available + o.available, totalCapacity + o.totalCapacity, duosRunning + o.duosRunning,
                freeDuos + o.freeDuos);
    }
}
