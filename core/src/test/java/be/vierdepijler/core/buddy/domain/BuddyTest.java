package be.vierdepijler.core.buddy.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import be.vierdepijler.core.privacy.domain.ConsentPurpose;
import be.vierdepijler.core.privacy.domain.PersonErasedException;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BuddyTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Map<String, Boolean> MATCHING = Map.of("matching", true);

    private static BuddyProfile profile() {
        return new BuddyProfile("Anaïs", "Peeters", "anais@example.org", "+32 470 12 34 56", "33021",
                List.of("nl", "AR", "nl"), List.of("sport", "cooking"), List.of("wed-evening", "mon-morning"));
    }

    private static BuddySettings settings(String screening, String training, String trainedOn, int capacity,
                                          String status) {
        return new BuddySettings(screening, training, trainedOn, capacity, status);
    }

    private static Buddy registered() {
        return new Buddy("BD-2345-6789", profile(), "westhoek", BuddySettings.initial(2), MATCHING,
                RegistrationChannel.SELF, NOW, "self", TODAY);
    }

    private static Buddy available() {
        return new Buddy("BD-2345-6789", profile(), "westhoek", settings("screened", "trained", "2026-10-01", 2,
                "active"), MATCHING, RegistrationChannel.COORDINATOR, NOW, "coordinator", TODAY);
    }

    private static List<String> fields(List<FieldViolation> violations) {
        return violations.stream().map(FieldViolation::field).toList();
    }

    private static List<String> fieldsOf(Throwable e) {
        return fields(((InvalidInputException) e).violations());
    }

    @Test
    void aNewBuddyAwaitsScreeningWithTheProfileNormalised() {
        Buddy buddy = registered();
        assertThat(buddy.screening()).isEqualTo(ScreeningStatus.REGISTERED);
        assertThat(buddy.screeningDecidedOn()).isNull();
        assertThat(buddy.training()).isEqualTo(TrainingStatus.NOT_TRAINED);
        assertThat(buddy.status()).isEqualTo(BuddyStatus.ACTIVE);
        assertThat(buddy.languages()).containsExactly("ar", "nl");
        assertThat(buddy.availability()).containsExactly("mon-morning", "wed-evening");
        assertThat(buddy.isAvailable()).isFalse();
        assertThat(buddy.freeDuos()).isEqualTo(2);
        assertThat(buddy.consent(ConsentPurpose.MATCHING)).hasValueSatisfying(c -> {
            assertThat(c.granted()).isTrue();
            assertThat(c.recordedBy()).isEqualTo("self");
        });
    }

    @Test
    void availableIsScreenedTrainedActiveAndConsenting() {
        assertThat(available().isAvailable()).isTrue();
        assertThat(Buddy.isAvailable(ScreeningStatus.SCREENED, TrainingStatus.TRAINED, BuddyStatus.ACTIVE, true))
                .isTrue();
        assertThat(Buddy.isAvailable(ScreeningStatus.REGISTERED, TrainingStatus.TRAINED, BuddyStatus.ACTIVE, true))
                .isFalse();
        assertThat(Buddy.isAvailable(ScreeningStatus.SCREENED, TrainingStatus.NOT_TRAINED, BuddyStatus.ACTIVE, true))
                .isFalse();
        assertThat(Buddy.isAvailable(ScreeningStatus.SCREENED, TrainingStatus.TRAINED, BuddyStatus.PAUSED, true))
                .isFalse();
        assertThat(Buddy.isAvailable(ScreeningStatus.SCREENED, TrainingStatus.TRAINED, BuddyStatus.ACTIVE, false))
                .isFalse();

        Buddy buddy = available();
        buddy.change(profile(), "westhoek", settings("screened", "trained", null, 2, "active"),
                Map.of("matching", false), NOW, "coordinator", TODAY);
        assertThat(buddy.isAvailable()).as("a withdrawn consent to matching").isFalse();
        assertThat(buddy.trainedOn()).as("the training day is kept").isEqualTo(LocalDate.of(2026, 10, 1));
    }

    @Test
    void registeringNeedsTheConsentToMatchingAndKnowsOnlyTheListedPurposes() {
        assertThatThrownBy(() -> new Buddy("BD-2345-6789", profile(), "westhoek", BuddySettings.initial(1),
                Map.of("evaluation-contact", true), RegistrationChannel.SELF, NOW, "self", TODAY))
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("consents.matching"));
        assertThat(fields(Buddy.consentViolations(Map.of("matching", false), true)))
                .containsExactly("consents.matching");
        assertThat(fields(Buddy.consentViolations(Map.of("matching", true, "newsletter", true), true)))
                .containsExactly("consents.newsletter");
        assertThat(Buddy.consentViolations(Map.of("evaluation-contact", true), false)).isEmpty();
    }

    @Test
    void aScreeningOnceDecidedNeverReturnsToRegistered() {
        assertThat(Buddy.screeningTransition(ScreeningStatus.REGISTERED, ScreeningStatus.SCREENED)).isEmpty();
        assertThat(Buddy.screeningTransition(ScreeningStatus.REGISTERED, ScreeningStatus.REFUSED)).isEmpty();
        assertThat(Buddy.screeningTransition(ScreeningStatus.SCREENED, ScreeningStatus.REFUSED)).isEmpty();
        assertThat(Buddy.screeningTransition(ScreeningStatus.REFUSED, ScreeningStatus.SCREENED)).isEmpty();
        assertThat(Buddy.screeningTransition(ScreeningStatus.SCREENED, ScreeningStatus.REGISTERED))
                .hasValueSatisfying(v -> assertThat(v.code()).isEqualTo("invalid-transition"));
        assertThat(Buddy.screeningTransition(null, ScreeningStatus.SCREENED)).isEmpty();

        Buddy buddy = registered();
        buddy.change(profile(), "westhoek", settings("screened", "not-trained", null, 2, "active"), Map.of(), NOW,
                "coordinator", TODAY);
        assertThat(buddy.screeningDecidedOn()).isEqualTo(TODAY);
        assertThatThrownBy(() -> buddy.change(profile(), "westhoek", settings("registered", "not-trained", null, 2,
                "active"), Map.of(), NOW, "coordinator", TODAY))
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("screening"));
        assertThat(buddy.screening()).isEqualTo(ScreeningStatus.SCREENED);
    }

    @Test
    void onlyAScreenedBuddyIsTrainedAndNeverInTheFuture() {
        assertThat(fields(Buddy.settingsViolations(ScreeningStatus.REGISTERED, 0,
                settings("registered", "trained", null, 1, "active"), TODAY))).containsExactly("training");
        assertThat(fields(Buddy.settingsViolations(ScreeningStatus.SCREENED, 0,
                settings("screened", "trained", "2026-12-01", 1, "active"), TODAY))).containsExactly("trainedOn");
        assertThat(fields(Buddy.settingsViolations(ScreeningStatus.SCREENED, 0,
                settings("screened", "not-trained", "2026-11-01", 1, "active"), TODAY))).containsExactly("trainedOn");
        assertThat(Buddy.settingsViolations(ScreeningStatus.SCREENED, 0,
                settings("screened", "trained", null, 1, "active"), TODAY)).isEmpty();

        Buddy buddy = registered();
        buddy.change(profile(), "westhoek", settings("screened", "trained", null, 2, "active"), Map.of(), NOW, "c",
                TODAY);
        assertThat(buddy.trainedOn()).as("today when no day is given").isEqualTo(TODAY);
        buddy.change(profile(), "westhoek", settings("screened", "not-trained", null, 2, "active"), Map.of(), NOW,
                "c", TODAY);
        assertThat(buddy.trainedOn()).isNull();
    }

    @Test
    void capacityIsOneToFiveAndNeverBelowTheDuosRunning() {
        assertThat(Buddy.capacityViolation(1, 0)).isEmpty();
        assertThat(Buddy.capacityViolation(5, 5)).isEmpty();
        assertThat(Buddy.capacityViolation(0, 0)).hasValueSatisfying(v -> assertThat(v.code())
                .isEqualTo("out-of-range"));
        assertThat(Buddy.capacityViolation(6, 0)).hasValueSatisfying(v -> assertThat(v.code())
                .isEqualTo("out-of-range"));
        assertThat(Buddy.capacityViolation(2, 3)).hasValueSatisfying(v -> assertThat(v.code())
                .isEqualTo("below-duos-taken"));
        assertThat(fields(Buddy.settingsViolations(ScreeningStatus.SCREENED, 3,
                settings("screened", "trained", null, 2, "active"), TODAY))).containsExactly("capacity");
    }

    @Test
    void everyBadFieldIsReportedAtOnceAndNothingChanges() {
        Buddy buddy = registered();
        BuddyProfile bad = new BuddyProfile(" ", "x".repeat(101), "geen-mail", "abc", "3302",
                List.of("nl", "xx"), List.of("flying"), List.of("someday"));
        assertThatThrownBy(() -> buddy.change(bad, "westhoek", settings("maybe", null, "gisteren", 9, "gone"),
                Map.of("spam", true), NOW, "c", TODAY))
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("firstName", "lastName", "email", "phone",
                        "municipalityNis", "languages[1]", "interests[0]", "availability[0]", "screening",
                        "training", "trainedOn", "status", "capacity", "consents.spam"));
        assertThat(buddy.firstName()).isEqualTo("Anaïs");
        assertThat(buddy.languages()).containsExactly("ar", "nl");
    }

    @Test
    void everyTextAndListHasALimit() {
        BuddyProfile tooMuch = new BuddyProfile("a".repeat(101), "b", "c@d.be" + "x".repeat(200), null,
                "33021", Collections.nCopies(21, "nl"), List.of(), List.of());
        assertThat(tooMuch.violations()).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("firstName", "too-long"),
                        tuple("email", "too-long"),
                        tuple("languages", "too-many"));
    }

    @Test
    void aChangedConsentIsANewAnswerAndTheOthersStay() {
        Buddy buddy = registered();
        buddy.change(profile(), "westhoek", BuddySettings.initial(2), Map.of("evaluation-contact", true),
                NOW.plusSeconds(60), "an.coordinator", TODAY);
        assertThat(buddy.consents()).extracting(c -> c.purpose().code(), c -> c.granted(), c -> c.recordedBy())
                .containsExactly(tuple("matching", true, "self"),
                        tuple("evaluation-contact", true, "an.coordinator"));
        buddy.change(profile(), "westhoek", BuddySettings.initial(2), Map.of("matching", true), NOW.plusSeconds(120),
                "an.coordinator", TODAY);
        assertThat(buddy.consent(ConsentPurpose.MATCHING)).hasValueSatisfying(c -> {
            assertThat(c.recordedBy()).as("the same answer again records nothing").isEqualTo("self");
            assertThat(c.recordedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void erasureClearsEveryPersonalFieldKeepsWhatIsCountedAndFreezesTheBuddy() {
        Buddy buddy = available();
        buddy.erase(NOW, "admin");
        assertThat(buddy.firstName()).isEqualTo(Buddy.ERASED_NAME);
        assertThat(buddy.lastName()).isEqualTo(Buddy.ERASED_NAME);
        assertThat(buddy.email()).isNull();
        assertThat(buddy.phone()).isNull();
        assertThat(buddy.languages()).isEmpty();
        assertThat(buddy.interests()).isEmpty();
        assertThat(buddy.availability()).isEmpty();
        assertThat(buddy.status()).isEqualTo(BuddyStatus.STOPPED);
        assertThat(buddy.municipalityNis()).isEqualTo("33021");
        assertThat(buddy.networkId()).isEqualTo("westhoek");
        assertThat(buddy.screening()).isEqualTo(ScreeningStatus.SCREENED);
        assertThat(buddy.training()).isEqualTo(TrainingStatus.TRAINED);
        assertThat(buddy.capacity()).isEqualTo(2);
        assertThat(buddy.isErased()).isTrue();
        assertThat(buddy.erasedBy()).isEqualTo("admin");
        assertThat(buddy.isAvailable()).isFalse();
        assertThatThrownBy(() -> buddy.change(profile(), "westhoek", BuddySettings.initial(2), Map.of(), NOW, "c",
                TODAY)).isInstanceOf(PersonErasedException.class);
    }

    @Test
    void referencesAreRandomAndReadable() {
        Random random = new Random(42);
        String a = BuddyReference.random(random);
        String b = BuddyReference.random(random);
        assertThat(a).matches(BuddyReference.PATTERN).isNotEqualTo(b);
    }
}
