package be.vierdepijler.core.matching.domain;

import static be.vierdepijler.core.matching.domain.Fixtures.BRUGGE;
import static be.vierdepijler.core.matching.domain.Fixtures.HASSELT;
import static be.vierdepijler.core.matching.domain.Fixtures.IEPER;
import static be.vierdepijler.core.matching.domain.Fixtures.POPERINGE;
import static be.vierdepijler.core.matching.domain.Fixtures.buddy;
import static be.vierdepijler.core.matching.domain.Fixtures.newcomer;
import static be.vierdepijler.core.matching.domain.Fixtures.offer;
import static be.vierdepijler.core.matching.domain.Fixtures.slots;
import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.core.profile.domain.Interest;
import be.vierdepijler.core.spi.DutchLevel;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CriteriaTest {

    @Nested
    class Nearness {

        private final Criterion nearness = new NearnessCriterion();
        private final NewcomerProfile inPoperinge = newcomer(1, POPERINGE, DutchLevel.A2);

        @Test
        void sameMunicipalityBeatsSameNetworkBeatsSameProvinceBeatsFurther() {
            assertThat(nearness.points(inPoperinge, buddy(1, POPERINGE, 1))).isEqualTo(30);
            assertThat(nearness.points(inPoperinge, buddy(2, IEPER, 1))).isEqualTo(20);
            assertThat(nearness.points(inPoperinge, buddy(3, BRUGGE, 1))).isEqualTo(10);
            assertThat(nearness.points(inPoperinge, buddy(4, HASSELT, 1))).isZero();
            assertThat(nearness.maxPoints()).isEqualTo(30);
        }

        @Test
        void explainsInDutchAndEnglish() {
            assertThat(nearness.explain(inPoperinge, buddy(1, POPERINGE, 1)).nl()).isEqualTo("In dezelfde gemeente");
            assertThat(nearness.explain(inPoperinge, offer(2, IEPER, DutchLevel.A0, 1)).en())
                    .isEqualTo("In another municipality of the same network");
            assertThat(nearness.explain(inPoperinge, buddy(3, BRUGGE, 1)).nl())
                    .isEqualTo("In een ander netwerk van dezelfde provincie");
            assertThat(nearness.explain(inPoperinge, buddy(4, HASSELT, 1)).en()).isEqualTo("In another province");
        }

        @Test
        void aMunicipalityOutsideEveryNetworkIsNotTheSameNetworkAsAnother() {
            Place outside1 = new Place("44021", null, "Oost-Vlaanderen");
            Place outside2 = new Place("44083", null, "Oost-Vlaanderen");
            assertThat(outside1.nearnessTo(outside2)).isEqualTo(
                    be.vierdepijler.core.matching.domain.Nearness.SAME_PROVINCE);
        }
    }

    @Nested
    class DutchLevelAgainstTheOffer {

        private final Criterion level = new DutchLevelCriterion();

        @Test
        void anOfferAskingMoreThanTheNewcomerHasIsExcluded() {
            assertThat(level.points(newcomer(1, POPERINGE, DutchLevel.A2), offer(1, POPERINGE, DutchLevel.B1, 3)))
                    .isEqualTo(Criterion.EXCLUDED);
            assertThat(level.explain(newcomer(1, POPERINGE, DutchLevel.A2), offer(1, POPERINGE, DutchLevel.B1, 3))
                    .nl()).isEqualTo("Vraagt B1, meer dan de inburgeraar heeft (A2)");
        }

        @Test
        void theOwnLevelStretchesMostAndEachLevelBelowCountsFiveLess() {
            NewcomerProfile b1 = newcomer(1, POPERINGE, DutchLevel.B1);
            assertThat(level.points(b1, offer(1, POPERINGE, DutchLevel.B1, 1))).isEqualTo(20);
            assertThat(level.points(b1, offer(2, POPERINGE, DutchLevel.A2, 1))).isEqualTo(15);
            assertThat(level.points(b1, offer(3, POPERINGE, DutchLevel.A1, 1))).isEqualTo(10);
            assertThat(level.points(b1, offer(4, POPERINGE, DutchLevel.A0, 1))).isEqualTo(5);
            assertThat(level.points(newcomer(2, POPERINGE, DutchLevel.C2), offer(4, POPERINGE, DutchLevel.A0, 1)))
                    .as("never below five").isEqualTo(5);
            assertThat(level.explain(b1, offer(1, POPERINGE, DutchLevel.B1, 1)).en())
                    .isEqualTo("Asks B1, exactly the newcomer's level");
            assertThat(level.explain(b1, offer(2, POPERINGE, DutchLevel.A2, 1)).nl())
                    .isEqualTo("Vraagt A2, de inburgeraar heeft B1");
        }

        @Test
        void anUnassessedNewcomerCountsAsABeginner() {
            NewcomerProfile unknown = newcomer(1, POPERINGE, null);
            assertThat(level.points(unknown, offer(1, POPERINGE, DutchLevel.A0, 1))).isEqualTo(20);
            assertThat(level.points(unknown, offer(2, POPERINGE, DutchLevel.A1, 1))).isEqualTo(Criterion.EXCLUDED);
            assertThat(level.explain(unknown, offer(2, POPERINGE, DutchLevel.A1, 1)).nl())
                    .contains("nog geen niveau");
        }

        @Test
        void doesNotWeighBuddies() {
            assertThat(level.appliesTo(buddy(1, POPERINGE, 1))).isFalse();
            assertThat(level.appliesTo(offer(1, POPERINGE, DutchLevel.A0, 1))).isTrue();
        }
    }

    @Nested
    class Languages {

        private final Criterion languages = new LanguagesCriterion();
        private final NewcomerProfile speaksArabicFrenchDutch = newcomer(1, POPERINGE, DutchLevel.A1,
                List.of("ar", "fr", "nl"), List.of());

        @Test
        void aFirstSharedLanguageGivesTenASecondFiveMore() {
            assertThat(languages.points(speaksArabicFrenchDutch, buddy(1, POPERINGE, 1, List.of("en"), List.of())))
                    .isZero();
            assertThat(languages.points(speaksArabicFrenchDutch,
                    buddy(2, POPERINGE, 1, List.of("ar", "en"), List.of()))).isEqualTo(10);
            assertThat(languages.points(speaksArabicFrenchDutch,
                    buddy(3, POPERINGE, 1, List.of("fr", "ar"), List.of()))).isEqualTo(15);
        }

        @Test
        void dutchIsNoBridgeLanguage() {
            assertThat(languages.points(speaksArabicFrenchDutch, buddy(1, POPERINGE, 1, List.of("nl"), List.of())))
                    .isZero();
            assertThat(languages.explain(speaksArabicFrenchDutch, buddy(1, POPERINGE, 1, List.of("nl"), List.of()))
                    .nl()).isEqualTo("Geen gedeelde taal naast het Nederlands");
        }

        @Test
        void anOfferCountsTheLanguagesThatHelpInIt() {
            OfferCandidate helpedByFrench = OfferCandidate.of(1, POPERINGE, DutchLevel.A0, List.of("fr"), List.of(),
                    2, "volunteering");
            assertThat(languages.points(speaksArabicFrenchDutch, helpedByFrench)).isEqualTo(10);
            assertThat(languages.explain(speaksArabicFrenchDutch, helpedByFrench).nl())
                    .isEqualTo("Frans helpt bij dit aanbod");
            assertThat(languages.explain(speaksArabicFrenchDutch, helpedByFrench).en())
                    .isEqualTo("French helps in this offer");
        }

        @Test
        void namesTheSharedLanguages() {
            BuddyCandidate both = buddy(3, POPERINGE, 1, List.of("fr", "ar"), List.of());
            assertThat(languages.explain(speaksArabicFrenchDutch, both).nl()).isEqualTo("Spreken allebei Arabisch en Frans");
            assertThat(languages.explain(speaksArabicFrenchDutch, both).en()).isEqualTo("Both speak Arabic and French");
        }
    }

    @Nested
    class Interests {

        private final Criterion interests = new InterestsCriterion();

        @Test
        void sixPerSharedInterestAtMostEighteen() {
            NewcomerProfile likes = newcomer(1, POPERINGE, DutchLevel.A1, List.of(),
                    List.of(Interest.COOKING, Interest.MUSIC, Interest.SPORT, Interest.NATURE));
            assertThat(interests.points(likes, buddy(1, POPERINGE, 1, List.of(), List.of(Interest.GAMES)))).isZero();
            assertThat(interests.points(likes, buddy(2, POPERINGE, 1, List.of(), List.of(Interest.MUSIC))))
                    .isEqualTo(6);
            assertThat(interests.points(likes, buddy(3, POPERINGE, 1, List.of(),
                    List.of(Interest.MUSIC, Interest.COOKING)))).isEqualTo(12);
            assertThat(interests.points(likes, buddy(4, POPERINGE, 1, List.of(),
                    List.of(Interest.MUSIC, Interest.COOKING, Interest.SPORT, Interest.NATURE)))).isEqualTo(18);
        }

        @Test
        void namesTheSharedInterestsAndWeighsBuddiesOnly() {
            NewcomerProfile likes = newcomer(1, POPERINGE, DutchLevel.A1, List.of(),
                    List.of(Interest.COOKING, Interest.MUSIC));
            BuddyCandidate buddy = buddy(3, POPERINGE, 1, List.of(), List.of(Interest.MUSIC, Interest.COOKING));
            assertThat(interests.explain(likes, buddy).nl()).isEqualTo("Gedeelde interesses: koken en eten, muziek");
            assertThat(interests.explain(likes, buddy).en()).isEqualTo("Shared interests: cooking, music");
            assertThat(interests.appliesTo(offer(1, POPERINGE, DutchLevel.A0, 1))).isFalse();
        }
    }

    @Nested
    class Availability {

        private final Criterion availability = new AvailabilityCriterion();
        private final NewcomerProfile freeWednesdayAndSaturday = newcomer(1, POPERINGE, DutchLevel.A1, List.of(),
                List.of(), "wed-afternoon", "wed-evening", "sat-morning");

        @Test
        void fourPerCommonSlotAtMostTwenty() {
            assertThat(availability.points(freeWednesdayAndSaturday,
                    buddy(1, POPERINGE, 1, List.of(), List.of(), "mon-morning"))).isZero();
            assertThat(availability.points(freeWednesdayAndSaturday,
                    buddy(2, POPERINGE, 1, List.of(), List.of(), "wed-evening", "sat-morning", "sun-evening")))
                    .isEqualTo(8);
            NewcomerProfile alwaysFree = NewcomerProfile.of(2, POPERINGE, DutchLevel.A1, List.of(), List.of(),
                    be.vierdepijler.core.profile.domain.TimeSlot.all());
            BuddyCandidate alsoAlwaysFree = BuddyCandidate.of(3, POPERINGE, List.of(), List.of(),
                    be.vierdepijler.core.profile.domain.TimeSlot.all(), 1, Fixtures.BUDDY_TYPE);
            assertThat(availability.points(alwaysFree, alsoAlwaysFree)).isEqualTo(20);
        }

        @Test
        void anOfferWithoutScheduleFitsAnyWeekAndOneWithAScheduleCountsItsSlots() {
            assertThat(availability.points(freeWednesdayAndSaturday, offer(1, POPERINGE, DutchLevel.A0, 1)))
                    .isEqualTo(10);
            assertThat(availability.explain(freeWednesdayAndSaturday, offer(1, POPERINGE, DutchLevel.A0, 1)).nl())
                    .isEqualTo("Geen vast uurrooster");
            OfferCandidate wednesdays = OfferCandidate.of(2, POPERINGE, DutchLevel.A0, List.of(),
                    slots("wed-afternoon"), 1, "volunteering");
            assertThat(availability.points(freeWednesdayAndSaturday, wednesdays)).isEqualTo(4);
            OfferCandidate mondays = OfferCandidate.of(3, POPERINGE, DutchLevel.A0, List.of(),
                    slots("mon-morning"), 1, "volunteering");
            assertThat(availability.points(freeWednesdayAndSaturday, mondays)).as("not excluded, no points")
                    .isZero();
            assertThat(availability.explain(freeWednesdayAndSaturday, mondays).nl())
                    .isEqualTo("Loopt buiten de beschikbaarheid van de inburgeraar");
        }

        @Test
        void namesTheCommonSlotsOrSaysWhatIsUnknown() {
            BuddyCandidate buddy = buddy(2, POPERINGE, 1, List.of(), List.of(), "wed-evening", "sat-morning");
            assertThat(availability.explain(freeWednesdayAndSaturday, buddy).nl())
                    .isEqualTo("2 gemeenschappelijke momenten: woensdagavond en zaterdagvoormiddag");
            assertThat(availability.explain(freeWednesdayAndSaturday, buddy).en())
                    .isEqualTo("2 common slots: Wednesday evening and Saturday morning");
            assertThat(availability.explain(newcomer(3, POPERINGE, DutchLevel.A0), buddy).nl())
                    .isEqualTo("Beschikbaarheid van de inburgeraar onbekend");
            assertThat(availability.explain(freeWednesdayAndSaturday, buddy(4, POPERINGE, 1)).en())
                    .isEqualTo("The buddy's availability is unknown");
        }

        @Test
        void namesAtMostThreeSlots() {
            NewcomerProfile often = newcomer(1, POPERINGE, DutchLevel.A1, List.of(), List.of(),
                    "mon-morning", "tue-morning", "wed-morning", "thu-morning", "fri-morning");
            BuddyCandidate same = buddy(2, POPERINGE, 1, List.of(), List.of(),
                    "mon-morning", "tue-morning", "wed-morning", "thu-morning", "fri-morning");
            assertThat(availability.explain(often, same).nl()).isEqualTo("5 gemeenschappelijke momenten:"
                    + " maandagvoormiddag, dinsdagvoormiddag, woensdagvoormiddag en 2 meer");
        }
    }

    @Nested
    class Capacity {

        private final Criterion capacity = new CapacityCriterion();
        private final NewcomerProfile someone = newcomer(1, POPERINGE, DutchLevel.A1);

        @Test
        void noneLeftExcludes() {
            assertThat(capacity.points(someone, buddy(1, POPERINGE, 0))).isEqualTo(Criterion.EXCLUDED);
            assertThat(capacity.points(someone, offer(1, POPERINGE, DutchLevel.A0, 0))).isEqualTo(Criterion.EXCLUDED);
            assertThat(capacity.explain(someone, offer(1, POPERINGE, DutchLevel.A0, 0)).nl()).isEqualTo("Volzet");
        }

        @Test
        void onePointPerFreePlaceAtMostFive() {
            assertThat(capacity.points(someone, buddy(1, POPERINGE, 1))).isEqualTo(1);
            assertThat(capacity.points(someone, offer(1, POPERINGE, DutchLevel.A0, 3))).isEqualTo(3);
            assertThat(capacity.points(someone, offer(2, POPERINGE, DutchLevel.A0, 40))).isEqualTo(5);
            assertThat(capacity.explain(someone, buddy(1, POPERINGE, 2)).nl()).isEqualTo("Nog 2 duo's vrij");
            assertThat(capacity.explain(someone, offer(1, POPERINGE, DutchLevel.A0, 1)).en())
                    .isEqualTo("1 place free");
        }
    }
}
