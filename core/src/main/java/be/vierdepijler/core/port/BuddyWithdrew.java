package be.vierdepijler.core.port;

/**
 * A buddy stopped (their status became stopped): the duos they ran no longer meet. Fired synchronously inside the
 * transaction that stopped them, after the buddy was written; the placements observe it to end those duos (and the
 * matching, in turn, to look for another buddy for each newcomer).
 */
public record BuddyWithdrew(long buddyId) {
}
