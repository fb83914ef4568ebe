package be.vierdepijler.regions.municipality.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MembershipTest {

    private static final LocalDate START = LocalDate.of(2023, 1, 1);

    @Test
    void takesPartFromTheStartDayInclusive() {
        Membership m = Membership.of(START, null);
        assertThat(m.isParticipatingOn(START.minusDays(1))).isFalse();
        assertThat(m.isParticipatingOn(START)).isTrue();
        assertThat(m.isParticipatingOn(LocalDate.of(2030, 6, 1))).isTrue();
    }

    @Test
    void stopsAfterTheEndDayInclusive() {
        Membership m = Membership.of(START, LocalDate.of(2025, 12, 31));
        assertThat(m.isParticipatingOn(LocalDate.of(2025, 12, 31))).isTrue();
        assertThat(m.isParticipatingOn(LocalDate.of(2026, 1, 1))).isFalse();
    }

    @Test
    void noMembershipTakesPartNever() {
        assertThat(Membership.none().isParticipatingOn(START)).isFalse();
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertThatThrownBy(() -> Membership.of(START, START.minusDays(1)))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(FieldViolation::field).containsExactly("participatingUntil"));
    }

    @Test
    void refusesAnEndWithoutAStart() {
        assertThatThrownBy(() -> Membership.of(null, START))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(FieldViolation::field).containsExactly("participatingFrom"));
    }

    @Test
    void aOneDayMembershipIsAllowed() {
        assertThat(Membership.of(START, START).isParticipatingOn(START)).isTrue();
    }
}
