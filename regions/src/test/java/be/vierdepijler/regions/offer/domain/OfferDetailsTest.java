package be.vierdepijler.regions.offer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.spi.DutchLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfferDetailsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    static OfferDetails valid() {
        return new OfferDetails(7L, "alternative", "conversation-group", " Taalcafé ", "Praten bij een koffie",
                "33021", "Markt 1", DutchLevel.A1, 8, "elke woensdag 14–16 u", List.of("AR", "fr", "ar"),
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), OfferStatus.PUBLISHED,
                new OfferContact("Els Peeters", "els@vzw.be", "+32 57 33 22 11"));
    }

    private static OfferDetails with(Integer capacity, LocalDate from, LocalDate until) {
        OfferDetails d = valid();
        return new OfferDetails(d.organisationId(), d.trajectoryTypeId(), d.reportingCategory(), d.title(),
                d.description(), d.municipalityNis(), d.address(), d.requiredLevel(), capacity, d.schedule(),
                d.languages(), from, until, d.status(), d.contact());
    }

    private static List<String> fields(OfferDetails d) {
        return d.violations().stream().map(FieldViolation::field).toList();
    }

    @Test
    void validDetailsHaveNoViolationsAndNormaliseLanguages() {
        assertThat(valid().violations()).isEmpty();
        assertThat(valid().languageCodes()).containsExactly("ar", "fr");
    }

    @Test
    void reportsEveryMissingFieldAtOnce() {
        OfferDetails empty = new OfferDetails(null, null, " ", "", null, "3302", null, null, null, null, null, null,
                null, null, null);
        assertThat(fields(empty)).containsExactly("organisationId", "trajectoryTypeId", "reportingCategory", "title",
                "municipalityNis", "requiredLevel", "capacity", "status");
    }

    @Test
    void capacityIsAtLeastOne() {
        assertThat(fields(with(0, null, null))).containsExactly("capacity");
        assertThat(fields(with(-3, null, null))).containsExactly("capacity");
        assertThat(fields(with(1, null, null))).isEmpty();
        assertThat(fields(with(OfferDetails.MAX_CAPACITY + 1, null, null))).containsExactly("capacity");
    }

    @Test
    void theEndOfThePeriodIsNotBeforeItsStart() {
        LocalDate day = LocalDate.of(2026, 5, 1);
        assertThat(fields(with(5, day, day.minusDays(1)))).containsExactly("activeUntil");
        assertThat(fields(with(5, day, day))).isEmpty();
        assertThat(fields(with(5, null, day))).isEmpty();
        assertThat(fields(with(5, day, null))).isEmpty();
    }

    @Test
    void languagesAreIsoCodesAndTheContactIsReachable() {
        OfferDetails d = valid();
        OfferDetails bad = new OfferDetails(d.organisationId(), d.trajectoryTypeId(), d.reportingCategory(),
                d.title(), d.description(), d.municipalityNis(), d.address(), d.requiredLevel(), d.capacity(),
                d.schedule(), List.of("ar", "arabic"), d.activeFrom(), d.activeUntil(), d.status(),
                new OfferContact(" ", "geen-mail", "abc"));
        assertThat(fields(bad)).containsExactly("languages[1]", "contact.name", "contact.email", "contact.phone");
    }

    @Test
    void anOfferKeepsTheFieldsAndIsOpenOnlyWhenPublishedWithinItsPeriod() {
        Offer offer = new Offer(valid(), "westhoek", NOW);
        assertThat(offer.title()).isEqualTo("Taalcafé");
        assertThat(offer.languages()).containsExactly("ar", "fr");
        assertThat(offer.networkId()).isEqualTo("westhoek");
        assertThat(offer.freePlaces()).isEqualTo(8);
        assertThat(offer.contact().name()).isEqualTo("Els Peeters");
        assertThat(offer.isOpenOn(LocalDate.of(2026, 6, 1))).isTrue();
        assertThat(offer.isOpenOn(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(offer.isOpenOn(LocalDate.of(2025, 12, 31))).isFalse();
        OfferDetails d = valid();
        offer.apply(new OfferDetails(d.organisationId(), d.trajectoryTypeId(), d.reportingCategory(), d.title(),
                d.description(), d.municipalityNis(), d.address(), d.requiredLevel(), d.capacity(), d.schedule(),
                d.languages(), null, null, OfferStatus.DRAFT, null), "westhoek", NOW);
        assertThat(offer.isOpenOn(LocalDate.of(2026, 6, 1))).isFalse();
        assertThat(offer.contact()).isNull();
    }

    @Test
    void anOfferRefusesInvalidDetailsAndChangesNothing() {
        Offer offer = new Offer(valid(), "westhoek", NOW);
        assertThatThrownBy(() -> offer.apply(with(0, null, null), "westhoek", NOW))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("capacity");
        assertThat(offer.capacity()).isEqualTo(8);
    }

    @Test
    void theCapacityCannotDropBelowThePlacesTaken() throws Exception {
        Offer offer = new Offer(valid(), "westhoek", NOW);
        var placesTaken = Offer.class.getDeclaredField("placesTaken");
        placesTaken.setAccessible(true);
        placesTaken.setInt(offer, 4);  // as the placements' conditional updates leave it
        assertThatThrownBy(() -> offer.apply(with(3, null, null), "westhoek", NOW))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(FieldViolation::field,
                        FieldViolation::code).containsExactly(org.assertj.core.groups.Tuple.tuple("capacity",
                        "below-places-taken")));
        offer.apply(with(4, null, null), "westhoek", NOW);
        assertThat(offer.freePlaces()).isZero();
    }
}
