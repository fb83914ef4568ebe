package be.vierdepijler.core.trajectory.application;

import static be.vierdepijler.core.trajectory.application.TrajectoryAccessTest.caller;
import static be.vierdepijler.core.trajectory.domain.Persisted.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.vierdepijler.core.access.Role;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.spi.HourPolicy;
import be.vierdepijler.core.trajectory.domain.Backdating;
import be.vierdepijler.core.trajectory.domain.Confirmer;
import be.vierdepijler.core.trajectory.domain.HourEntry;
import be.vierdepijler.core.trajectory.domain.Placement;
import be.vierdepijler.core.trajectory.domain.PlacementDraft;
import be.vierdepijler.core.trajectory.domain.Trajectory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** As whom a caller decides on hours: the rule {@link HourEntries#confirmer} applies before the aggregate decides. */
class HourEntriesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final long ORGANISATION = 9;

    private Trajectory trajectory;
    private HourEntry entry;

    @BeforeEach
    void anEntryInAnOfferOfOrganisationNine() {
        trajectory = new Trajectory(1, "westhoek", "33021", new Trajectory.Plan(null, null, null, null),
                TODAY.minusDays(20), Instant.EPOCH);
        trajectory.activate(TODAY.minusDays(20));
        Placement placement = withId(trajectory.place(new PlacementDraft("volunteering", "volunteering", 3L, null,
                ORGANISATION, "Sociaal restaurant", TODAY.minusDays(10), null, "{}"), Instant.EPOCH, "anna"), 11);
        entry = withId(trajectory.report(placement.id(), TODAY.minusDays(1), BigDecimal.ONE, null,
                HourPolicy.fullDay(true), Trajectory.Elsewhere.NOTHING, new Backdating(90), TODAY, Instant.EPOCH,
                "anna"), 12);
    }

    @Test
    void aCounsellorOrCoordinatorOfTheNetworkDecidesAsCounsellor() {
        assertThat(HourEntries.confirmer(caller(Role.COUNSELLOR, Set.of("westhoek"), null, null), trajectory,
                entry.id())).isEqualTo(Confirmer.COUNSELLOR);
        assertThat(HourEntries.confirmer(caller(Role.NETWORK_COORDINATOR, Set.of("westhoek"), null, null),
                trajectory, entry.id())).isEqualTo(Confirmer.COUNSELLOR);
    }

    @Test
    void theContactOfTheOffersOrganisationDecidesAsContactPerson() {
        assertThat(HourEntries.confirmer(caller(Role.ORGANISATION_CONTACT, Set.of(), null, ORGANISATION),
                trajectory, entry.id())).isEqualTo(Confirmer.CONTACT_PERSON);
    }

    @Test
    void theContactOfAnotherOrganisationIsToldTheEntryDoesNotExist() {
        assertThatThrownBy(() -> HourEntries.confirmer(caller(Role.ORGANISATION_CONTACT, Set.of(), null,
                ORGANISATION + 1), trajectory, entry.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> HourEntries.confirmer(caller(Role.ORGANISATION_CONTACT, Set.of(), null,
                ORGANISATION), trajectory, entry.id() + 1)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aLocalOfficerOrACounsellorOfAnotherNetworkDoesNotDecide() {
        assertThatThrownBy(() -> HourEntries.confirmer(caller(Role.LOCAL_OFFICER, Set.of(), "33021", null),
                trajectory, entry.id())).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> HourEntries.confirmer(caller(Role.COUNSELLOR, Set.of("leie"), null, null),
                trajectory, entry.id())).isInstanceOf(ForbiddenException.class);
    }
}
