package be.vierdepijler.core.matching.application;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.core.matching.domain.MatchPair;
import be.vierdepijler.core.matching.domain.MatchRepository;
import be.vierdepijler.core.matching.domain.MatchScore;
import be.vierdepijler.core.matching.domain.MatchStatus;
import be.vierdepijler.core.matching.domain.NewcomerMatchStatus;
import be.vierdepijler.core.matching.domain.ProposedDuo;
import be.vierdepijler.core.trajectory.application.PlacementStopped;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which stopped placements send a matched newcomer back to look for a buddy, without a container. */
class RematchAfterDuoEndedTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final long NEWCOMER = 7;
    private static final long BUDDY = 3;
    private static final long PAIR = 11;
    private static final long PLACEMENT = 21;

    private NewcomerMatchStatus status;
    private MatchPair pair;

    /** A repository that knows one newcomer's status and one pair; anything else is not asked here. */
    private RematchAfterDuoEnded observer() {
        RematchAfterDuoEnded observer = new RematchAfterDuoEnded();
        observer.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        observer.matches = (MatchRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {MatchRepository.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "status" -> Optional.ofNullable((long) args[0] == NEWCOMER ? status : null);
                    case "pair" -> Optional.ofNullable((long) args[0] == PAIR ? pair : null);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        return observer;
    }

    private void matchedWith(Long placementId) {
        status = new NewcomerMatchStatus(NEWCOMER, "net", NOW.minusSeconds(60));
        status.proposed("net", PAIR, NOW.minusSeconds(60));
        status.approved(NOW.minusSeconds(30));
        pair = new MatchPair(1, "net", new ProposedDuo(NEWCOMER, BUDDY, new MatchScore(BUDDY, 50, null, List.of())),
                MatchStatus.NO_MATCH);
        pair.approve("coordinator", NOW.minusSeconds(30), placementId);
    }

    private static PlacementStopped stopped(long placementId, Long buddyId, boolean trajectoryOpen) {
        return new PlacementStopped(5, NEWCOMER, placementId, null, buddyId, trajectoryOpen);
    }

    @Test
    void theMatchedDuoStoppingWhileTheTrajectoryRunsNeedsARematch() {
        matchedWith(PLACEMENT);
        observer().onPlacementStopped(stopped(PLACEMENT, BUDDY, true));
        assertThat(status.status()).isEqualTo(MatchStatus.NEEDS_REMATCH);
        assertThat(status.changedAt()).isEqualTo(NOW);
    }

    @Test
    void anotherPlacementStoppingLeavesTheMatchAlone() {
        matchedWith(PLACEMENT);
        observer().onPlacementStopped(stopped(PLACEMENT + 1, BUDDY, true));
        assertThat(status.status()).isEqualTo(MatchStatus.MATCHED);
    }

    @Test
    void aPairWithoutAPlacementIsTheDuoOfItsBuddy() {
        matchedWith(null);
        observer().onPlacementStopped(stopped(PLACEMENT + 1, BUDDY + 1, true));
        assertThat(status.status()).isEqualTo(MatchStatus.MATCHED);
        observer().onPlacementStopped(stopped(PLACEMENT + 1, BUDDY, true));
        assertThat(status.status()).isEqualTo(MatchStatus.NEEDS_REMATCH);
    }

    @Test
    void aStoppedOfferPlacementOrAnEndedTrajectoryChangesNothing() {
        matchedWith(PLACEMENT);
        observer().onPlacementStopped(stopped(PLACEMENT, null, true));
        observer().onPlacementStopped(stopped(PLACEMENT, BUDDY, false));
        assertThat(status.status()).isEqualTo(MatchStatus.MATCHED);
    }

    @Test
    void aNewcomerWhoIsNotMatchedStaysWhereTheyAre() {
        matchedWith(PLACEMENT);
        status = new NewcomerMatchStatus(NEWCOMER, "net", NOW.minusSeconds(60));
        observer().onPlacementStopped(stopped(PLACEMENT, BUDDY, true));
        assertThat(status.status()).isEqualTo(MatchStatus.NO_MATCH);
    }
}
