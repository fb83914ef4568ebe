package be.vierdepijler.trajectory.buddy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.spi.DutchLevel;
import be.vierdepijler.core.spi.PlacementAttributes;
import be.vierdepijler.core.spi.PlacementValidator;
import be.vierdepijler.core.spi.ReferenceTarget;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuddyTrajectoryTypeTest {

    private final BuddyTrajectoryType type = new BuddyTrajectoryType();

    private Map<String, Object> duo(Object... changes) {
        Map<String, Object> attributes = new HashMap<>(Map.of("buddy", "buddy-812", "meetingRhythm", "fortnightly",
                "sharedLanguages", List.of("nl", "ar")));
        for (int i = 0; i < changes.length; i += 2) {
            attributes.put((String) changes[i], changes[i + 1]);
        }
        return attributes;
    }

    @Test
    void aDuoNeedsARegisteredBuddyARhythmAndSharedLanguages() {
        assertThat(type.validate(duo())).isEmpty();
        assertThat(type.schema().field("buddy")).get().extracting(f -> f.refersTo())
                .isEqualTo(ReferenceTarget.BUDDY);
        assertThat(type.validate(Map.of())).extracting(FieldViolation::field)
                .containsExactly("buddy", "meetingRhythm", "sharedLanguages");
    }

    @Test
    void theRhythmIsOneOfTheKnownOnes() {
        assertThat(type.validate(duo("meetingRhythm", "daily"))).extracting(FieldViolation::field,
                FieldViolation::code).containsExactly(tuple("meetingRhythm", "not-allowed"));
        assertThat(type.validate(duo("meetingRhythm", "monthly"))).isEmpty();
    }

    @Test
    void languagesAreIsoCodesAndDutchIsAmongThem() {
        assertThat(type.validate(duo("sharedLanguages", List.of("nl", "Arabic"))))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("sharedLanguages[1]", "pattern-mismatch"));
        assertThat(type.validate(duo("sharedLanguages", List.of("en", "fr"))))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("sharedLanguages", "dutch-not-shared"));
        assertThat(type.validate(duo("sharedLanguages", List.of("nl")))).isEmpty();
    }

    @Test
    void reportsAsBuddywerking() {
        PlacementAttributes attributes = PlacementValidator.check(type, duo()).attributes();
        assertThat(type.reportingCategory(attributes).label().nl()).isEqualTo("Buddywerking");
    }

    @Test
    void suitsNewcomersWithBasicDutchAndTheCounsellorConfirmsHours() {
        assertThat(type.suitability().suits(DutchLevel.A0)).isFalse();
        assertThat(type.suitability().suits(DutchLevel.A1)).isTrue();
        assertThat(type.hourPolicy().contactPersonConfirms()).isFalse();
        assertThat(type.hourPolicy().checkDay(new BigDecimal("24"))).isEmpty();
        assertThat(type.hourPolicy().checkDay(new BigDecimal("24.25"))).isNotEmpty();
    }
}
