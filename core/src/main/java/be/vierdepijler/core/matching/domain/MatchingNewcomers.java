package be.vierdepijler.core.matching.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The newcomers as the matching reads them (their profile, consent and trajectory). */
public interface MatchingNewcomers {

    /** One newcomer, or empty for an unknown id. */
    Optional<NewcomerToMatch> find(long newcomerId);

    /**
     * The newcomers of the network who look for a buddy: they consented to matching, their trajectory is open, they
     * have no running buddy duo, and their match status is in {@code statuses} (no row counts as no-match).
     */
    List<NewcomerProfile> seekingBuddy(String networkId, Collection<MatchStatus> statuses);

    /** The names of these newcomers, by id. */
    Map<Long, String> names(Collection<Long> newcomerIds);

    /**
     * A newcomer with what the matching must know beside the profile.
     *
     * @param profile            the profile the scoring compares
     * @param consentsToMatching whether they agreed that their profile is used to propose buddies and offers
     * @param openTrajectoryId   their open trajectory (intake or active), or null when there is none
     */
    record NewcomerToMatch(NewcomerProfile profile, boolean consentsToMatching, Long openTrajectoryId) {

        public String municipalityNis() {
            return profile.place().municipalityNis();
        }

        public String networkId() {
            return profile.place().networkId();
        }
    }
}
