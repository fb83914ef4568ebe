package be.vierdepijler.core.trajectory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.vierdepijler.core.shared.FieldViolation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BackdatingTest {

    private static final LocalDate OPENED = LocalDate.of(2026, 6, 1);
    private final Backdating ninety = new Backdating(90);

    @Test
    void aPlacementStartsAtMostTheWindowBeforeTheOpening() {
        assertThat(ninety.checkPlacementStart(OPENED.minusDays(90), OPENED, null, null)).isEmpty();
        assertThat(ninety.checkPlacementStart(OPENED.minusDays(91), OPENED, null, null))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("startDate", "before-backdating-window"));
        assertThat(ninety.checkPlacementStart(OPENED.minusDays(400), OPENED, null, null)).hasSize(1);
    }

    @Test
    void aPlacementNeverStartsBeforeItsOfferOrTheIntegrationContract() {
        LocalDate offerFrom = OPENED.minusDays(10);
        LocalDate contract = OPENED.minusDays(5);
        assertThat(ninety.checkPlacementStart(OPENED.minusDays(11), OPENED, offerFrom, null))
                .extracting(FieldViolation::code).containsExactly("before-offer-active");
        assertThat(ninety.checkPlacementStart(OPENED.minusDays(6), OPENED, offerFrom, contract))
                .extracting(FieldViolation::code).containsExactly("before-integration-contract");
        assertThat(ninety.checkPlacementStart(OPENED.minusDays(200), OPENED, offerFrom, contract))
                .extracting(FieldViolation::code).containsExactly("before-backdating-window", "before-offer-active",
                        "before-integration-contract");
        assertThat(ninety.checkPlacementStart(OPENED.minusDays(5), OPENED, offerFrom, contract)).isEmpty();
    }

    @Test
    void hoursBeforeTheOpeningAreRecordedAfterwards() {
        assertThat(Backdating.afterwards(OPENED.minusDays(1), OPENED)).isTrue();
        assertThat(Backdating.afterwards(OPENED, OPENED)).isFalse();
        assertThat(ninety.earliest(OPENED)).isEqualTo(OPENED.minusDays(90));
        assertThat(new Backdating(0).earliest(OPENED)).isEqualTo(OPENED);
    }

    @Test
    void theWindowIsBounded() {
        assertThatThrownBy(() -> new Backdating(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backdating(366)).isInstanceOf(IllegalArgumentException.class);
    }
}
