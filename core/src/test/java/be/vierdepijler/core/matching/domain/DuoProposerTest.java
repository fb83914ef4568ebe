package be.vierdepijler.core.matching.domain;

import static be.vierdepijler.core.matching.domain.Fixtures.BRUGGE;
import static be.vierdepijler.core.matching.domain.Fixtures.HASSELT;
import static be.vierdepijler.core.matching.domain.Fixtures.IEPER;
import static be.vierdepijler.core.matching.domain.Fixtures.POPERINGE;
import static be.vierdepijler.core.matching.domain.Fixtures.buddy;
import static be.vierdepijler.core.matching.domain.Fixtures.newcomer;
import static be.vierdepijler.core.matching.domain.Fixtures.scorer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import be.vierdepijler.core.profile.domain.Interest;
import be.vierdepijler.core.profile.domain.TimeSlot;
import be.vierdepijler.core.spi.DutchLevel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DuoProposerTest {

    private static final Place[] PLACES = {POPERINGE, IEPER, BRUGGE, HASSELT};
    private static final String[] LANGUAGES = {"ar", "fr", "en", "uk", "ti"};
    private static final List<TimeSlot> SLOTS = TimeSlot.all();

    private final MatchScorer scorer = scorer();

    @Test
    void beatsTheGreedyChoiceWhenTheGreedyChoiceBlocksABetterSet() {
        BuddyCandidate x = buddy(10, POPERINGE, 1, List.of("ar"), List.of());
        BuddyCandidate y = buddy(11, IEPER, 1, List.of("fr", "en"), List.of());
        NewcomerProfile a = newcomer(1, POPERINGE, DutchLevel.A1, List.of("ar", "fr", "en"), List.of());
        NewcomerProfile b = newcomer(2, POPERINGE, DutchLevel.A1, List.of("ar"), List.of());
        // a–x 41, a–y 36, b–x 41, b–y 21: taking a's best (x) leaves b with y, 62 in all; the optimum is 77.
        DuoProposal proposal = new DuoProposer().propose(List.of(a, b), List.of(x, y), scorer);
        assertThat(proposal.duos()).extracting(ProposedDuo::newcomerId, ProposedDuo::buddyId)
                .containsExactly(tuple(1L, 11L), tuple(2L, 10L));
        assertThat(proposal.totalScore()).isEqualTo(77);
        assertThat(proposal.unmatched()).isEmpty();
    }

    @Test
    void aBuddyTakesAsManyNewcomersAsTheirFreeDuosAndNoMore() {
        BuddyCandidate two = buddy(10, POPERINGE, 2);
        BuddyCandidate full = buddy(11, POPERINGE, 0);
        List<NewcomerProfile> five = new ArrayList<>();
        for (long id = 1; id <= 5; id++) {
            five.add(newcomer(id, POPERINGE, DutchLevel.A1));
        }
        DuoProposal proposal = new DuoProposer().propose(five, List.of(two, full), scorer);
        assertThat(proposal.duos()).hasSize(2).allSatisfy(d -> assertThat(d.buddyId()).isEqualTo(10L));
        assertThat(proposal.unmatched()).hasSize(3);
    }

    @Test
    void neverExceedsABuddysCapacityOnALargerNetwork() {
        Random random = new Random(42);
        List<NewcomerProfile> newcomers = new ArrayList<>();
        for (long id = 1; id <= 300; id++) {
            newcomers.add(randomNewcomer(id, random));
        }
        List<BuddyCandidate> buddies = new ArrayList<>();
        for (long id = 1000; id < 1080; id++) {
            buddies.add(randomBuddy(id, random, random.nextInt(4)));
        }
        DuoProposal proposal = new DuoProposer().propose(newcomers, buddies, scorer);

        Map<Long, Integer> free = new HashMap<>();
        buddies.forEach(b -> free.put(b.id(), b.freeDuos()));
        Map<Long, Integer> taken = new HashMap<>();
        proposal.duos().forEach(d -> taken.merge(d.buddyId(), 1, Integer::sum));
        taken.forEach((buddy, count) -> assertThat(count).as("duos of buddy " + buddy)
                .isLessThanOrEqualTo(free.get(buddy)));
        assertThat(proposal.duos()).extracting(ProposedDuo::newcomerId).doesNotHaveDuplicates();
        int capacity = free.values().stream().mapToInt(Integer::intValue).sum();
        assertThat(proposal.duos()).as("every free duo is used: there are more newcomers than duos")
                .hasSize(capacity);
        assertThat(proposal.duos().size() + proposal.unmatched().size()).isEqualTo(300);
    }

    @Test
    void findsTheHighestTotalOnSmallNetworksCheckedByBruteForce() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            int newcomerCount = 1 + random.nextInt(6);
            int buddyCount = 1 + random.nextInt(4);
            List<NewcomerProfile> newcomers = new ArrayList<>();
            for (long id = 1; id <= newcomerCount; id++) {
                newcomers.add(randomNewcomer(id, random));
            }
            List<BuddyCandidate> buddies = new ArrayList<>();
            for (long id = 100; id < 100 + buddyCount; id++) {
                buddies.add(randomBuddy(id, random, random.nextInt(3)));
            }
            DuoProposal proposal = new DuoProposer(100).propose(newcomers, buddies, scorer);
            assertThat(proposal.totalScore()).as("round " + round).isEqualTo(bruteForceBest(newcomers, buddies));
            assertThat(proposal.totalScore()).isEqualTo(proposal.duos().stream()
                    .mapToLong(d -> d.score().total()).sum());
        }
    }

    @Test
    void theSameInputInAnyOrderGivesTheSamePairs() {
        Random random = new Random(3);
        List<NewcomerProfile> newcomers = new ArrayList<>();
        for (long id = 1; id <= 60; id++) {
            newcomers.add(randomNewcomer(id, random));
        }
        List<BuddyCandidate> buddies = new ArrayList<>();
        for (long id = 100; id < 130; id++) {
            buddies.add(randomBuddy(id, random, 1 + random.nextInt(2)));
        }
        List<ProposedDuo> first = new DuoProposer().propose(newcomers, buddies, scorer).duos();
        for (int round = 0; round < 5; round++) {
            Collections.shuffle(newcomers, new Random(round));
            Collections.shuffle(buddies, new Random(round + 100));
            assertThat(new DuoProposer().propose(newcomers, buddies, scorer).duos())
                    .extracting(ProposedDuo::newcomerId, ProposedDuo::buddyId)
                    .containsExactlyElementsOf(first.stream().map(d -> tuple(d.newcomerId(), d.buddyId())).toList());
        }
    }

    @Test
    void eachPairCarriesTheExplainedScoreOfTheSuggestions() {
        BuddyCandidate jan = buddy(10, POPERINGE, 1, List.of("fr"), List.of(Interest.MUSIC), "sat-morning");
        NewcomerProfile amina = newcomer(1, POPERINGE, DutchLevel.A2, List.of("ar", "fr"),
                List.of(Interest.MUSIC), "sat-morning");
        ProposedDuo duo = new DuoProposer().propose(List.of(amina), List.of(jan), scorer).duos().get(0);
        assertThat(duo.score()).isEqualTo(scorer.forNewcomer(amina).score(jan).orElseThrow());
    }

    @Test
    void withOneCandidateEachANewcomerGetsTheirBestBuddyOrNone() {
        BuddyCandidate near = buddy(10, POPERINGE, 1);
        BuddyCandidate far = buddy(11, HASSELT, 1);
        NewcomerProfile a = newcomer(1, POPERINGE, DutchLevel.A1);
        NewcomerProfile b = newcomer(2, POPERINGE, DutchLevel.A1);
        DuoProposal proposal = new DuoProposer(1).propose(List.of(a, b), List.of(near, far), scorer);
        assertThat(proposal.duos()).extracting(ProposedDuo::newcomerId, ProposedDuo::buddyId)
                .containsExactly(tuple(1L, 10L));
        assertThat(proposal.unmatched()).containsExactly(2L);
        assertThat(proposal.candidatePairs()).isEqualTo(2);
    }

    @Test
    void withoutBuddiesNobodyIsMatched() {
        DuoProposal proposal = new DuoProposer().propose(List.of(newcomer(1, POPERINGE, DutchLevel.A1)), List.of(),
                scorer);
        assertThat(proposal.duos()).isEmpty();
        assertThat(proposal.unmatched()).containsExactly(1L);
        assertThat(new DuoProposer().propose(List.of(), List.of(buddy(1, POPERINGE, 1)), scorer).duos()).isEmpty();
    }

    @Test
    void refusesTheSamePersonTwice() {
        assertThatThrownBy(() -> new DuoProposer().propose(
                List.of(newcomer(1, POPERINGE, DutchLevel.A1), newcomer(1, IEPER, DutchLevel.A1)),
                List.of(buddy(1, POPERINGE, 1)), scorer)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DuoProposer(0)).isInstanceOf(IllegalArgumentException.class);
    }

    /** The best total over every assignment of each newcomer to no buddy or one with a free duo left. */
    private long bruteForceBest(List<NewcomerProfile> newcomers, List<BuddyCandidate> buddies) {
        int[][] scores = new int[newcomers.size()][buddies.size()];
        for (int n = 0; n < newcomers.size(); n++) {
            MatchScorer.ForNewcomer scoring = scorer.forNewcomer(newcomers.get(n));
            for (int b = 0; b < buddies.size(); b++) {
                scores[n][b] = scoring.total(buddies.get(b));
            }
        }
        int[] left = buddies.stream().mapToInt(BuddyCandidate::freeDuos).toArray();
        return best(0, scores, left);
    }

    private long best(int n, int[][] scores, int[] left) {
        if (n == scores.length) {
            return 0;
        }
        long best = best(n + 1, scores, left);
        for (int b = 0; b < left.length; b++) {
            int score = scores[n][b];
            if (left[b] > 0 && score != Criterion.EXCLUDED && score >= DuoProposer.MINIMUM_SCORE) {
                left[b]--;
                best = Math.max(best, score + best(n + 1, scores, left));
                left[b]++;
            }
        }
        return best;
    }

    private static NewcomerProfile randomNewcomer(long id, Random random) {
        return NewcomerProfile.of(id, PLACES[random.nextInt(PLACES.length)],
                DutchLevel.values()[random.nextInt(4)], someLanguages(random), someInterests(random),
                someSlots(random));
    }

    private static BuddyCandidate randomBuddy(long id, Random random, int free) {
        return BuddyCandidate.of(id, PLACES[random.nextInt(PLACES.length)], someLanguages(random),
                someInterests(random), someSlots(random), free, Fixtures.BUDDY_TYPE);
    }

    private static List<String> someLanguages(Random random) {
        List<String> languages = new ArrayList<>();
        for (String language : LANGUAGES) {
            if (random.nextInt(3) == 0) {
                languages.add(language);
            }
        }
        return languages;
    }

    private static List<Interest> someInterests(Random random) {
        List<Interest> interests = new ArrayList<>();
        for (Interest interest : Interest.values()) {
            if (random.nextInt(5) == 0) {
                interests.add(interest);
            }
        }
        return interests;
    }

    private static List<TimeSlot> someSlots(Random random) {
        List<TimeSlot> slots = new ArrayList<>();
        for (TimeSlot slot : SLOTS) {
            if (random.nextInt(4) == 0) {
                slots.add(slot);
            }
        }
        return slots;
    }
}
