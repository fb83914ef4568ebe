package be.vierdepijler.regions.offer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The approval for the public finder: the checklist, who and when, and its lapse when what was checked changes. */
class OfferApprovalTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final ApprovalChecklist FULL = new ApprovalChecklist(true, true, true, ApprovalChecklist.MIN_HOURS);

    private static List<String> fields(InvalidInputException e) {
        return e.violations().stream().map(FieldViolation::field).toList();
    }

    private static Offer approvedOffer() {
        Offer offer = new Offer(OfferDetailsTest.valid(), "westhoek", NOW);
        offer.approve(FULL, "coordinator", NOW);
        return offer;
    }

    @Test
    void everyCriterionMustHold() {
        assertThat(FULL.violations()).isEmpty();
        assertThat(new ApprovalChecklist(null, null, null, null).violations()).extracting(FieldViolation::field)
                .containsExactly("dutchSetting", "newContacts", "groupOrDuo", "hoursPossible");
        assertThat(new ApprovalChecklist(false, true, true, 20).violations()).extracting(FieldViolation::field)
                .containsExactly("dutchSetting");
        assertThat(new ApprovalChecklist(true, false, true, 20).violations()).extracting(FieldViolation::field)
                .containsExactly("newContacts");
        assertThat(new ApprovalChecklist(true, true, false, 20).violations()).extracting(FieldViolation::field)
                .containsExactly("groupOrDuo");
        assertThat(new ApprovalChecklist(true, true, true, 9).violations()).extracting(FieldViolation::code)
                .containsExactly("criterion-not-met");
        assertThat(new ApprovalChecklist(true, true, true, ApprovalChecklist.MAX_HOURS + 1).violations()).hasSize(1);
        assertThat(ApprovalChecklist.MIN_HOURS).as("a quarter of the 40 hours").isEqualTo(10);
    }

    @Test
    void approvalKeepsWhoWhenAndTheChecklistAndIsRefusedWhenACriterionFails() {
        Offer offer = new Offer(OfferDetailsTest.valid(), "westhoek", NOW);
        assertThat(offer.approval()).isNull();
        assertThatThrownBy(() -> offer.approve(new ApprovalChecklist(true, true, false, 40), "c", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(fields(e)).containsExactly("groupOrDuo"));
        assertThat(offer.approval()).isNull();
        offer.approve(new ApprovalChecklist(true, true, true, 40), "coordinator", NOW);
        assertThat(offer.approval().approvedBy()).isEqualTo("coordinator");
        assertThat(offer.approval().approvedAt()).isEqualTo(NOW);
        assertThat(offer.approval().checklist()).isEqualTo(new ApprovalChecklist(true, true, true, 40));
        offer.withdrawApproval();
        assertThat(offer.approval()).isNull();
    }

    private static OfferDetails changed(UnaryOperator<String> title, UnaryOperator<String> description,
                                        String category, String nis, String schedule) {
        OfferDetails d = OfferDetailsTest.valid();
        return new OfferDetails(d.organisationId(), d.trajectoryTypeId(), category, title.apply(d.title()),
                description.apply(d.description()), nis, d.address(), d.requiredLevel(), 12, schedule,
                d.languages(), d.activeFrom(), d.activeUntil(), OfferStatus.CLOSED, d.contact(), List.of("fri"),
                Map.of("en", "Coffee and talk"));
    }

    @Test
    void changesOfWhatWasNotCheckedKeepTheApproval() {
        Offer offer = approvedOffer();
        offer.apply(changed(t -> t, d -> d, "conversation-group", "33021", "op vrijdag"), "westhoek", NOW);
        assertThat(offer.approval()).isNotNull();
        assertThat(offer.weekdays()).containsExactly("fri");
        assertThat(offer.summaries()).containsEntry("en", "Coffee and talk");
    }

    @Test
    void aChangeOfTitleDescriptionTypeCategoryOrMunicipalityLetsTheApprovalLapse() {
        List<OfferDetails> changes = List.of(
                changed(t -> t + " plus", d -> d, "conversation-group", "33021", null),
                changed(t -> t, d -> d + ".", "conversation-group", "33021", null),
                changed(t -> t, d -> null, "conversation-group", "33021", null),
                changed(t -> t, d -> d, "other-category", "33021", null),
                changed(t -> t, d -> d, "conversation-group", "33011", null));
        for (OfferDetails change : changes) {
            Offer offer = approvedOffer();
            offer.apply(change, "westhoek", NOW);
            assertThat(offer.approval()).as(change.toString()).isNull();
        }
        OfferDetails d = OfferDetailsTest.valid();
        Offer offer = approvedOffer();
        offer.apply(new OfferDetails(d.organisationId(), "volunteering", d.reportingCategory(), d.title(),
                d.description(), d.municipalityNis(), d.address(), d.requiredLevel(), d.capacity(), d.schedule(),
                d.languages(), d.activeFrom(), d.activeUntil(), d.status(), d.contact()), "westhoek", NOW);
        assertThat(offer.approval()).isNull();
    }

    @Test
    void aRefusedChangeKeepsTheApproval() {
        Offer offer = approvedOffer();
        assertThatThrownBy(() -> offer.apply(changed(t -> "", d -> d, "conversation-group", "33021", null),
                "westhoek", NOW)).isInstanceOf(InvalidInputException.class);
        assertThat(offer.approval()).isNotNull();
    }

    @Test
    void weekdaysAndSummariesAreCheckedAndKeptWhenLeftOut() {
        OfferDetails d = OfferDetailsTest.valid();
        OfferDetails bad = new OfferDetails(d.organisationId(), d.trajectoryTypeId(), d.reportingCategory(),
                d.title(), d.description(), d.municipalityNis(), d.address(), d.requiredLevel(), d.capacity(),
                d.schedule(), d.languages(), d.activeFrom(), d.activeUntil(), d.status(), d.contact(),
                List.of("mon", "maandag"), Map.of("de", "Hallo", "ar", "x".repeat(OfferSummaries.MAX_LENGTH + 1)));
        assertThat(bad.violations()).extracting(FieldViolation::field)
                .containsExactlyInAnyOrder("weekdays[1]", "summaries.de", "summaries.ar");
        Offer offer = new Offer(changed(t -> t, x -> x, "conversation-group", "33021", null), "westhoek", NOW);
        offer.apply(d, "westhoek", NOW);
        assertThat(offer.weekdays()).as("left out: kept").containsExactly("fri");
        assertThat(offer.summaries()).containsEntry("en", "Coffee and talk");
        offer.apply(new OfferDetails(d.organisationId(), d.trajectoryTypeId(), d.reportingCategory(), d.title(),
                d.description(), d.municipalityNis(), d.address(), d.requiredLevel(), d.capacity(), d.schedule(),
                d.languages(), d.activeFrom(), d.activeUntil(), d.status(), d.contact(), List.of("SUN", "wed", "sun"),
                Map.of("en", " ")), "westhoek", NOW);
        assertThat(offer.weekdays()).as("week order, no duplicates").containsExactly("wed", "sun");
        assertThat(offer.summaries()).as("blank: removed").isEmpty();
    }
}
