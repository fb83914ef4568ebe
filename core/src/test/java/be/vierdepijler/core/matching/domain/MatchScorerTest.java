package be.vierdepijler.core.matching.domain;

import static be.vierdepijler.core.matching.domain.Fixtures.BRUGGE;
import static be.vierdepijler.core.matching.domain.Fixtures.HASSELT;
import static be.vierdepijler.core.matching.domain.Fixtures.IEPER;
import static be.vierdepijler.core.matching.domain.Fixtures.POPERINGE;
import static be.vierdepijler.core.matching.domain.Fixtures.buddy;
import static be.vierdepijler.core.matching.domain.Fixtures.newcomer;
import static be.vierdepijler.core.matching.domain.Fixtures.offer;
import static be.vierdepijler.core.matching.domain.Fixtures.scorer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import be.vierdepijler.core.profile.domain.Interest;
import be.vierdepijler.core.spi.DutchLevel;
import be.vierdepijler.core.spi.MatchContribution;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MatchScorerTest {

    private final NewcomerProfile amina = newcomer(7, POPERINGE, DutchLevel.A2, List.of("ar", "fr"),
            List.of(Interest.COOKING, Interest.MUSIC), "wed-afternoon", "sat-morning");

    @Test
    void theTotalIsTheSumOfTheCriteriaAndEachIsExplained() {
        BuddyCandidate jan = buddy(3, POPERINGE, 2, List.of("fr"), List.of(Interest.MUSIC), "sat-morning");
        MatchScore score = scorer().forNewcomer(amina).score(jan).orElseThrow();
        assertThat(score.criteria()).extracting(CriterionScore::code, CriterionScore::points)
                .containsExactly(tuple("nearness", 30), tuple("languages", 10), tuple("interests", 6),
                        tuple("availability", 4), tuple("capacity", 2));
        assertThat(score.total()).isEqualTo(52);
        assertThat(score.nearness()).isEqualTo(Nearness.SAME_MUNICIPALITY);
        assertThat(score.criteria()).allSatisfy(c -> {
            assertThat(c.explanation().nl()).isNotBlank();
            assertThat(c.explanation().en()).isNotBlank().isNotEqualTo(c.explanation().nl());
            assertThat(c.points()).isBetween(0, c.maxPoints());
        });
    }

    @Test
    void anOfferIsScoredOnItsLevelAndNotOnInterests() {
        MatchScore score = scorer().forNewcomer(amina).score(offer(4, IEPER, DutchLevel.A1, 3)).orElseThrow();
        assertThat(score.criteria()).extracting(CriterionScore::code)
                .containsExactly("nearness", "dutch-level", "languages", "availability", "capacity");
        assertThat(score.total()).isEqualTo(20 + 15 + 0 + 10 + 3);
    }

    @Test
    void anExcludedCandidateHasNoScoreButItsReasonCanBeShown() {
        MatchScorer.ForNewcomer scoring = scorer().forNewcomer(amina);
        OfferCandidate tooHard = offer(5, POPERINGE, DutchLevel.B2, 3);
        assertThat(scoring.total(tooHard)).isEqualTo(Criterion.EXCLUDED);
        assertThat(scoring.score(tooHard)).isEmpty();
        assertThat(scoring.score(buddy(6, POPERINGE, 0))).as("no free duo").isEmpty();
        assertThat(scoring.explainAll(tooHard)).filteredOn(c -> c.code().equals("dutch-level")).singleElement()
                .satisfies(c -> assertThat(c.explanation().nl()).startsWith("Vraagt B2, meer dan"));
    }

    @Test
    void ranksBestFirstAndLeavesOutTheExcluded() {
        List<BuddyCandidate> buddies = List.of(
                buddy(1, HASSELT, 1),
                buddy(2, POPERINGE, 1, List.of("ar"), List.of(Interest.COOKING), "wed-afternoon"),
                buddy(3, IEPER, 1),
                buddy(4, POPERINGE, 0, List.of("ar", "fr"), List.of(Interest.COOKING, Interest.MUSIC)),
                buddy(5, BRUGGE, 3));
        List<Suggestion<BuddyCandidate>> ranked = scorer().forNewcomer(amina).rank(buddies, 10);
        assertThat(ranked).extracting(s -> s.candidate().id()).containsExactly(2L, 3L, 5L, 1L);
        assertThat(ranked).extracting(Suggestion::rank).containsExactly(1, 2, 3, 4);
        assertThat(ranked.get(0).score().total()).isEqualTo(30 + 10 + 6 + 4 + 1);
    }

    @Test
    void theLimitKeepsTheBest() {
        List<BuddyCandidate> buddies = new ArrayList<>();
        for (long id = 1; id <= 50; id++) {
            buddies.add(buddy(id, id % 2 == 0 ? POPERINGE : BRUGGE, (int) (id % 4)));
        }
        List<Suggestion<BuddyCandidate>> top = scorer().forNewcomer(amina).rank(buddies, 5);
        List<Suggestion<BuddyCandidate>> all = scorer().forNewcomer(amina).rank(buddies, 100);
        assertThat(top).extracting(s -> s.candidate().id())
                .containsExactlyElementsOf(all.subList(0, 5).stream().map(s -> s.candidate().id()).toList());
        assertThat(all).as("every fourth has no free duo").hasSize(50 - 12);
        assertThat(scorer().forNewcomer(amina).rank(buddies, 0)).isEmpty();
    }

    @Test
    void tiesGoToTheNearestThenTheMostFreeThenTheLowestId() {
        NewcomerProfile plain = newcomer(1, POPERINGE, DutchLevel.B1);
        OfferCandidate ieperOne = offer(30, IEPER, DutchLevel.B1, 1);          // 20 + 20 + 10 + 1 = 51
        OfferCandidate poperingeLow = offer(20, POPERINGE, DutchLevel.A2, 1);  // 30 + 15 + 10 + 1 = 56
        OfferCandidate ieperHigh = offer(10, IEPER, DutchLevel.B1, 6);         // 20 + 20 + 10 + 5 = 55
        OfferCandidate poperingeLowest = offer(40, POPERINGE, DutchLevel.A1, 6); // 30 + 10 + 10 + 5 = 55
        OfferCandidate ieperHighTwin = offer(9, IEPER, DutchLevel.B1, 6);       // 55, same as ieperHigh
        List<OfferCandidate> offers = new ArrayList<>(List.of(ieperOne, poperingeLow, ieperHigh, poperingeLowest,
                ieperHighTwin));
        for (int round = 0; round < 20; round++) {
            Collections.shuffle(offers, new Random(round));
            assertThat(scorer().forNewcomer(plain).rank(offers, 10)).extracting(s -> s.candidate().id())
                    .as("same order whatever the input order")
                    .containsExactly(20L, 40L, 9L, 10L, 30L);
        }
    }

    @Test
    void tiesOnTotalAndNearnessGoToTheMostFreePlaces() {
        NewcomerProfile plain = newcomer(1, POPERINGE, DutchLevel.B1);
        // Capacity points stop at 5: 5 and 9 free places score alike, then the larger free capacity wins.
        OfferCandidate five = offer(1, IEPER, DutchLevel.B1, 5);
        OfferCandidate nine = offer(2, IEPER, DutchLevel.B1, 9);
        assertThat(scorer().forNewcomer(plain).rank(List.of(five, nine), 2)).extracting(s -> s.candidate().id())
                .containsExactly(2L, 1L);
    }

    @Test
    void aTypeAddsItsOwnCriterionForItsOffers() {
        TandemTrajectoryType tandem = new TandemTrajectoryType();
        NewcomerProfile wantsToPractise = newcomer(1, POPERINGE, DutchLevel.A2, List.of("ar"),
                List.of(Interest.LANGUAGE));
        OfferCandidate tandemOffer = offer(1, POPERINGE, DutchLevel.A1, 2, TandemTrajectoryType.TANDEM);
        OfferCandidate otherOffer = offer(2, POPERINGE, DutchLevel.A1, 2, "volunteering");

        MatchScorer.ForNewcomer scoring = scorer(tandem).forNewcomer(wantsToPractise);
        MatchScore withType = scoring.score(tandemOffer).orElseThrow();
        MatchScore without = scoring.score(otherOffer).orElseThrow();
        assertThat(withType.total()).isEqualTo(without.total() + 15);
        assertThat(withType.criteria()).last().satisfies(c -> {
            assertThat(c.code()).isEqualTo("trajectory-type");
            assertThat(c.label()).isEqualTo(tandem.label());
            assertThat(c.points()).isEqualTo(15);
            assertThat(c.maxPoints()).isEqualTo(MatchContribution.MAX_POINTS);
            assertThat(c.explanation().nl()).isEqualTo("Wil Nederlands oefenen");
        });
        assertThat(without.criteria()).extracting(CriterionScore::code).doesNotContain("trajectory-type");
        assertThat(scoring.rank(List.of(otherOffer, tandemOffer), 2)).extracting(s -> s.candidate().id())
                .containsExactly(1L, 2L);
    }

    @Test
    void aTypeMayTakePointsAway() {
        TandemTrajectoryType tandem = new TandemTrajectoryType();
        NewcomerProfile noSecondLanguage = newcomer(1, POPERINGE, DutchLevel.A2);
        MatchScore score = scorer(tandem).forNewcomer(noSecondLanguage)
                .score(offer(1, POPERINGE, DutchLevel.A1, 2, TandemTrajectoryType.TANDEM)).orElseThrow();
        assertThat(score.criteria()).last().extracting(CriterionScore::points).isEqualTo(-5);
        assertThat(score.total()).isEqualTo(30 + 15 + 0 + 10 + 2 - 5);
    }

    @Test
    void aNewcomerTheTypeDoesNotSuitIsExcludedFromItsOffersWhateverTheOfferAsks() {
        TandemTrajectoryType tandem = new TandemTrajectoryType();
        NewcomerProfile beginner = newcomer(1, POPERINGE, DutchLevel.A0);
        OfferCandidate asksNothing = offer(1, POPERINGE, DutchLevel.A0, 2, TandemTrajectoryType.TANDEM);
        MatchScorer.ForNewcomer scoring = scorer(tandem).forNewcomer(beginner);
        assertThat(scoring.score(asksNothing)).isEmpty();
        assertThat(scoring.explainAll(asksNothing)).last().satisfies(c ->
                assertThat(c.explanation().nl()).isEqualTo("Wandelgroep vraagt minstens A1"));
    }

    @Test
    void theTypeIsAskedOncePerNewcomer() {
        int[] calls = {0};
        TandemTrajectoryType counting = new TandemTrajectoryType() {
            @Override
            public java.util.Optional<MatchContribution> contribution(
                    be.vierdepijler.core.spi.MatchingNewcomer newcomer) {
                calls[0]++;
                return super.contribution(newcomer);
            }
        };
        List<OfferCandidate> offers = new ArrayList<>();
        for (long id = 1; id <= 100; id++) {
            offers.add(offer(id, POPERINGE, DutchLevel.A1, 2, TandemTrajectoryType.TANDEM));
        }
        scorer(counting).forNewcomer(amina).rank(offers, 10);
        assertThat(calls[0]).isEqualTo(1);
    }

    @Test
    void aContributionOutsideItsBoundsIsRefused() {
        assertThatThrownBy(() -> MatchContribution.of(21, "te veel", "too much"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MatchContribution.of(-21, "te weinig", "too little"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anOfferOfAnUnknownTypeIsScoredOnTheCommonCriteria() {
        MatchScore score = scorer().forNewcomer(amina).score(offer(1, POPERINGE, DutchLevel.A0, 1, "retired-type"))
                .orElseThrow();
        assertThat(score.criteria()).extracting(CriterionScore::code).doesNotContain("trajectory-type");
    }
}
