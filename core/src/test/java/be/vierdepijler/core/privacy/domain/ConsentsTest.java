package be.vierdepijler.core.privacy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.core.shared.FieldViolation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The consent rules a newcomer and a buddy share, tried with what a client may send. */
class ConsentsTest {

    private static final Instant MONDAY = Instant.parse("2026-03-09T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-03-10T09:00:00Z");

    @Test
    void answersAreReadByPurposeCodeWhateverTheirCase() {
        List<FieldViolation> problems = new ArrayList<>();
        assertThat(Consents.parse(Map.of(" Matching", true, "evaluation-contact", false), problems))
                .containsEntry(ConsentPurpose.MATCHING, true).containsEntry(ConsentPurpose.EVALUATION_CONTACT, false)
                .hasSize(2);
        assertThat(problems).isEmpty();
        assertThat(Consents.parse(null, problems)).isEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void anUnknownPurposeOrAMissingAnswerIsNamedByItsField() {
        List<FieldViolation> problems = new ArrayList<>();
        Map<String, Boolean> answers = new HashMap<>();
        answers.put("spam", true);
        answers.put("matching", null);
        answers.put("x".repeat(41), true);
        assertThat(Consents.parse(answers, problems)).isEmpty();
        assertThat(problems).extracting(FieldViolation::field, FieldViolation::code).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("consents.spam", "unknown-purpose"),
                org.assertj.core.groups.Tuple.tuple("consents.matching", "required"),
                org.assertj.core.groups.Tuple.tuple("consents.?", "unknown-purpose"));
    }

    @Test
    void moreAnswersThanPurposesAreRefusedAsAWhole() {
        List<FieldViolation> problems = new ArrayList<>();
        Map<String, Boolean> answers = Map.of("matching", true, "share-with-partners", true,
                "evaluation-contact", true, "newsletter", true);
        assertThat(Consents.parse(answers, problems)).isEmpty();
        assertThat(problems).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("consents", "too-many"));
    }

    @Test
    void anUnchangedAnswerKeepsItsDateAndAuthor() {
        Set<Consent> held = new HashSet<>();
        Consents consents = Consents.in(held);
        consents.answer(Map.of(ConsentPurpose.MATCHING, true), MONDAY, "anna");
        consents.answer(Map.of(ConsentPurpose.MATCHING, true), TUESDAY, "els");
        assertThat(consents.of(ConsentPurpose.MATCHING)).hasValueSatisfying(c -> {
            assertThat(c.recordedAt()).isEqualTo(MONDAY);
            assertThat(c.recordedBy()).isEqualTo("anna");
        });
        assertThat(held).hasSize(1);
    }

    @Test
    void aWithdrawalReplacesTheAnswerAndIsNoConsent() {
        Set<Consent> held = new HashSet<>();
        Consents consents = Consents.in(held);
        consents.answer(Map.of(ConsentPurpose.MATCHING, true), MONDAY, "anna");
        assertThat(consents.granted(ConsentPurpose.MATCHING)).isTrue();
        consents.answer(Map.of(ConsentPurpose.MATCHING, false), TUESDAY, "self");
        assertThat(held).containsExactly(new Consent(ConsentPurpose.MATCHING, false, TUESDAY, "self"));
        assertThat(consents.granted(ConsentPurpose.MATCHING)).isFalse();
        assertThat(consents.granted(ConsentPurpose.EVALUATION_CONTACT)).as("never asked").isFalse();
    }

    @Test
    void aReplacedAnswerKeepsItsPlaceInAnOrderedCollection() {
        List<Consent> held = new ArrayList<>();
        Consents consents = Consents.in(held);
        Map<ConsentPurpose, Boolean> first = new EnumMap<>(ConsentPurpose.class);
        first.put(ConsentPurpose.EVALUATION_CONTACT, true);
        consents.answer(first, MONDAY, "anna");
        consents.answer(Map.of(ConsentPurpose.MATCHING, true), MONDAY, "anna");
        consents.answer(Map.of(ConsentPurpose.EVALUATION_CONTACT, false), TUESDAY, "els");
        assertThat(held).extracting(Consent::purpose)
                .containsExactly(ConsentPurpose.EVALUATION_CONTACT, ConsentPurpose.MATCHING);
        assertThat(held.get(0).granted()).isFalse();
        assertThat(consents.inPurposeOrder()).extracting(Consent::purpose)
                .containsExactly(ConsentPurpose.MATCHING, ConsentPurpose.EVALUATION_CONTACT);
    }
}
