package be.vierdepijler.core.matching.application;

import be.vierdepijler.core.matching.domain.MatchPair;
import be.vierdepijler.core.matching.domain.MatchRepository;
import be.vierdepijler.core.matching.domain.MatchStatus;
import be.vierdepijler.core.trajectory.application.PlacementStopped;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * A placement with a buddy ended or was cancelled while the newcomer's trajectory still runs: a newcomer matched to
 * that buddy needs another one, and the next proposal weighs them again. Runs in the transaction that stopped the
 * placement.
 */
@ApplicationScoped
@Transactional
public class RematchAfterDuoEnded {

    private static final Logger LOG = Logger.getLogger(RematchAfterDuoEnded.class.getName());

    @Inject
    MatchRepository matches;

    @Inject
    Clock clock;

    void onPlacementStopped(@Observes PlacementStopped stopped) {
        if (stopped.buddyId() == null || !stopped.trajectoryOpen()) {
            return;
        }
        matches.status(stopped.newcomerId()).filter(s -> s.status() == MatchStatus.MATCHED).ifPresent(status -> {
            MatchPair pair = status.pairId() == null ? null : matches.pair(status.pairId()).orElse(null);
            if (pair == null || isTheDuoThatStopped(pair, stopped)) {
                status.duoEnded(clock.instant());
                LOG.fine(() -> "Newcomer " + stopped.newcomerId() + " needs another buddy: placement "
                        + stopped.placementId() + " stopped");
            }
        });
    }

    /** The pair's placement when it has one, else a placement with the pair's buddy. */
    static boolean isTheDuoThatStopped(MatchPair pair, PlacementStopped stopped) {
        return pair.placementId() == null ? pair.buddyId() == stopped.buddyId()
                : pair.placementId() == stopped.placementId();
    }
}
