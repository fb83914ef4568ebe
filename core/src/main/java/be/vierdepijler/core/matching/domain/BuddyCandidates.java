package be.vierdepijler.core.matching.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The buddies a newcomer may be matched with, pre-selected in the database: screened, trained, active, consenting to
 * matching, with a free duo.
 */
public interface BuddyCandidates {

    /** Such buddies in the network or in one of the other municipalities (those of the newcomer's province). */
    List<BuddyCandidate> near(String networkId, Set<String> municipalities);

    /** Such buddies living in the network. */
    List<BuddyCandidate> inNetwork(String networkId);

    /** The names of these buddies, by id (for showing suggestions and pairs). */
    Map<Long, String> names(Collection<Long> buddyIds);
}
