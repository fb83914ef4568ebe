package be.vierdepijler.core.trajectory.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The newcomers' progress links, found by the hash of their token, listed per trajectory, deleted on erasure. */
public interface ProgressLinkRepository {

    Optional<ProgressLink> byTokenHash(String tokenHash);

    Optional<ProgressLink> byId(long id);

    ProgressLink add(ProgressLink link);

    /** The links of one trajectory, newest first (at most 200). */
    List<ProgressLink> ofTrajectory(long trajectoryId);

    /** Deletes every link of these trajectories (their newcomer was erased); answers how many. */
    int deleteOfTrajectories(Collection<Long> trajectoryIds);
}
