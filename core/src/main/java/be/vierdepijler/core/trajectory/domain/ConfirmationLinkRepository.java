package be.vierdepijler.core.trajectory.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Confirmation links, found by the hash of their token, or listed per placement for its counsellor. */
public interface ConfirmationLinkRepository {

    Optional<ConfirmationLink> byTokenHash(String tokenHash);

    Optional<ConfirmationLink> byId(long id);

    ConfirmationLink add(ConfirmationLink link);

    /** The links of one placement, newest first (at most 200: a placement never needs more). */
    List<ConfirmationLink> ofPlacement(long placementId);

    /**
     * The links due for a reminder: mailed at or before {@code mailedBefore}, open at {@code now}, not a reminder
     * themselves and not reminded yet, whose placement still has pending hours; oldest first, at most {@code limit}.
     */
    List<Long> dueForReminder(Instant mailedBefore, Instant now, int limit);

    /** Claims the reminder of one link: true for the one caller (of all nodes) that marks it reminded. */
    boolean claimReminder(long linkId, Instant now);

    /** Closes every link of the trajectory that is still open; answers how many. */
    int closeOpen(long trajectoryId, ConfirmationLink.Closure reason, String by, Instant now);
}
