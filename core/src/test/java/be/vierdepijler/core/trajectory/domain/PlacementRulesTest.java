package be.vierdepijler.core.trajectory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.vierdepijler.core.shared.ConflictException;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.spi.DatePeriod;
import be.vierdepijler.core.spi.DutchLevel;
import be.vierdepijler.core.spi.FieldDefinition;
import be.vierdepijler.core.spi.FieldSchema;
import be.vierdepijler.core.spi.PlacedWith;
import be.vierdepijler.core.spi.ReferenceTarget;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each placement rule, tried from the side that would break it. */
class PlacementRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    private static List<String> codes(List<FieldViolation> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.code()).toList();
    }

    @Test
    void aBuddyPlacementNamesABuddyAndNoOffer() {
        assertThat(codes(PlacementRules.placedAsTheTypeSays(PlacedWith.BUDDY, "Buddywerking", 7L, null)))
                .containsExactly("buddyId:required", "offerId:not-allowed");
        assertThat(PlacementRules.placedAsTheTypeSays(PlacedWith.BUDDY, "Buddywerking", null, 3L)).isEmpty();
        assertThat(PlacementRules.placedAsTheTypeSays(PlacedWith.BUDDY, "Buddywerking", null, null).get(0).message())
                .isEqualTo("Buddywerking is een plaatsing met een buddy: geef de buddy.");
    }

    @Test
    void anOfferPlacementNamesAnOfferAndNoBuddy() {
        assertThat(codes(PlacementRules.placedAsTheTypeSays(PlacedWith.OFFER, "Stage", null, 3L)))
                .containsExactly("offerId:required", "buddyId:not-allowed");
        assertThat(PlacementRules.placedAsTheTypeSays(PlacedWith.OFFER, "Stage", 7L, null)).isEmpty();
    }

    @Test
    void anOfferOfAnotherTypeIsRefused() {
        assertThat(PlacementRules.offerOfTheType("walk", "walk")).isEmpty();
        assertThat(PlacementRules.offerOfTheType("walk", "course")).get()
                .extracting(FieldViolation::field, FieldViolation::code, FieldViolation::message)
                .containsExactly("offerId", "type-mismatch", "Dit aanbod is van het type 'course', niet 'walk'.");
    }

    @Test
    void aClosedOfferTakesNoOne() {
        assertThatCode(() -> PlacementRules.offerOpen(true, "Samen wandelen")).doesNotThrowAnyException();
        assertThatThrownBy(() -> PlacementRules.offerOpen(false, "Samen wandelen"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("offer-closed"))
                .hasMessageContaining("'Samen wandelen'");
    }

    @Test
    void theOffersLevelCountsOnlyWhenItIsHigher() {
        assertThat(PlacementRules.levelNeeded(DutchLevel.A1, null)).isEqualTo(DutchLevel.A1);
        assertThat(PlacementRules.levelNeeded(DutchLevel.A1, DutchLevel.A0)).isEqualTo(DutchLevel.A1);
        assertThat(PlacementRules.levelNeeded(DutchLevel.A1, DutchLevel.A1)).isEqualTo(DutchLevel.A1);
        assertThat(PlacementRules.levelNeeded(DutchLevel.A1, DutchLevel.B1)).isEqualTo(DutchLevel.B1);
    }

    @Test
    void aNewcomerBelowTheLevelOrWithoutAKnownOneIsRefusedOnWhatThePlacementNames() {
        assertThat(PlacementRules.dutchLevelReached(DutchLevel.A2, DutchLevel.A1, PlacedWith.OFFER)).get()
                .extracting(FieldViolation::field, FieldViolation::code, FieldViolation::message)
                .containsExactly("offerId", "dutch-level-too-low",
                        "Hiervoor is minstens Nederlands A2 nodig; de inburgeraar heeft A1.");
        assertThat(PlacementRules.dutchLevelReached(DutchLevel.A1, null, PlacedWith.BUDDY)).get()
                .extracting(FieldViolation::field, FieldViolation::message)
                .containsExactly("buddyId", "Hiervoor is minstens Nederlands A1 nodig; de inburgeraar heeft nog geen"
                        + " gekend niveau.");
        assertThat(PlacementRules.dutchLevelReached(DutchLevel.A2, DutchLevel.A2, PlacedWith.OFFER)).isEmpty();
        assertThat(PlacementRules.dutchLevelReached(DutchLevel.A2, DutchLevel.C1, PlacedWith.OFFER)).isEmpty();
    }

    @Test
    void noDutchIsNeededForA0EvenWithoutAKnownLevel() {
        assertThat(PlacementRules.dutchLevelReached(DutchLevel.A0, null, PlacedWith.BUDDY)).isEmpty();
    }

    private static final FieldSchema HOSTED = FieldSchema.of(
            FieldDefinition.reference("host", ReferenceTarget.ORGANISATION).label("Gastheer", "Host").build(),
            FieldDefinition.reference("alsoHost", ReferenceTarget.ORGANISATION).label("Ook gastheer", "Also").build(),
            FieldDefinition.reference("buddy", ReferenceTarget.BUDDY).label("Buddy", "Buddy").build(),
            FieldDefinition.text("note").label("Nota", "Note").build());

    @Test
    void anAbsentOrBlankReferenceIsFilledInWithThePlacementsOwn() {
        Map<String, Object> attributes = new HashMap<>(Map.of("alsoHost", " ", "note", "12"));
        assertThat(PlacementRules.referencesMatch(HOSTED, ReferenceTarget.ORGANISATION, 12, attributes)).isEmpty();
        assertThat(attributes).containsEntry("host", "12").containsEntry("alsoHost", "12")
                .doesNotContainKey("buddy").containsEntry("note", "12");
    }

    @Test
    void theSameReferenceGivenAsANumberOrPaddedPasses() {
        Map<String, Object> attributes = new HashMap<>(Map.of("host", new BigDecimal("12.0"), "alsoHost", " 12 "));
        assertThat(PlacementRules.referencesMatch(HOSTED, ReferenceTarget.ORGANISATION, 12, attributes)).isEmpty();
    }

    @Test
    void anotherReferenceThanThePlacementsOwnIsRefused() {
        Map<String, Object> attributes = new HashMap<>(Map.of("buddy", "4"));
        assertThat(PlacementRules.referencesMatch(HOSTED, ReferenceTarget.BUDDY, 3, attributes)).singleElement()
                .extracting(FieldViolation::field, FieldViolation::code, FieldViolation::message)
                .containsExactly("attributes.buddy", "reference-mismatch",
                        "'Buddy' moet 3 zijn, die van de plaatsing zelf.");
        assertThat(attributes).containsEntry("buddy", "4");
    }

    @Test
    void withoutAPeriodTheDatesAskedHoldAndTheStartIsTodayWhenNoneIsGiven() {
        LocalDate end = TODAY.plusDays(30);
        assertThat(PlacementRules.dates(null, end, Optional.empty(), TODAY))
                .isEqualTo(new PlacementRules.Dates(TODAY, end, List.of()));
        LocalDate earlier = TODAY.minusDays(3);
        assertThat(PlacementRules.dates(earlier, null, Optional.empty(), TODAY))
                .isEqualTo(new PlacementRules.Dates(earlier, null, List.of()));
    }

    @Test
    void thePeriodOfTheFieldsDecidesAndAnotherStartAskedIsRefused() {
        DatePeriod period = new DatePeriod(LocalDate.of(2027, 1, 4), LocalDate.of(2027, 2, 26));
        PlacementRules.Dates same = PlacementRules.dates(period.start(), TODAY, Optional.of(period), TODAY);
        assertThat(same).isEqualTo(new PlacementRules.Dates(period.start(), period.end(), List.of()));

        PlacementRules.Dates other = PlacementRules.dates(TODAY, null, Optional.of(period), TODAY);
        assertThat(other.start()).isEqualTo(period.start());
        assertThat(other.end()).isEqualTo(period.end());
        assertThat(other.problems()).singleElement()
                .extracting(FieldViolation::field, FieldViolation::code, FieldViolation::message)
                .containsExactly("startDate", "differs-from-period",
                        "De plaatsing loopt van 2027-01-04 tot 2027-02-26 volgens haar velden.");
    }

    @Test
    void anEndBeforeTheStartIsRefusedAndTheSameDayIsNot() {
        assertThat(PlacementRules.endNotBeforeStart(TODAY, TODAY.minusDays(1))).get()
                .extracting(FieldViolation::field, FieldViolation::code, FieldViolation::message)
                .containsExactly("endDate", "end-before-start", "De einddatum valt voor de begindatum 2026-12-04.");
        assertThat(PlacementRules.endNotBeforeStart(TODAY, TODAY)).isEmpty();
        assertThat(PlacementRules.endNotBeforeStart(TODAY, null)).isEmpty();
    }

    @Test
    void noPlaceLeftIsAConflictThatSaysWhichPlaceIsMissing() {
        assertThatCode(() -> PlacementRules.placeTaken(true, PlacedWith.BUDDY)).doesNotThrowAnyException();
        assertThatThrownBy(() -> PlacementRules.placeTaken(false, PlacedWith.BUDDY))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("buddy-unavailable"));
        assertThatThrownBy(() -> PlacementRules.placeTaken(false, PlacedWith.OFFER))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("no-free-place"));
    }
}
