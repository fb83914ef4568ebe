package be.vierdepijler.core.trajectory.application;

import static be.vierdepijler.core.trajectory.domain.Persisted.withId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.access.Role;
import be.vierdepijler.core.shared.ConcurrentModificationException;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.trajectory.domain.Trajectory;
import be.vierdepijler.core.trajectory.domain.TrajectoryListing;
import be.vierdepijler.core.trajectory.domain.TrajectoryRepository;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Who sees and who changes a trajectory, with a repository that holds one trajectory of Westhoek. */
class TrajectoryAccessTest {

    private static final long ID = 7;

    private final TrajectoryAccess access = new TrajectoryAccess();
    private Trajectory trajectory;
    /** The organisation with a placement in the trajectory. */
    private final long placedWith = 42;

    @BeforeEach
    void oneTrajectoryInWesthoek() {
        trajectory = withId(new Trajectory(1, "westhoek", "33021", new Trajectory.Plan(null, null, null, null),
                LocalDate.of(2026, 1, 5), Instant.EPOCH), ID);
        access.trajectories = (TrajectoryRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {TrajectoryRepository.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "listing" -> Optional.of(new TrajectoryListing(trajectory, "Amira", "B."))
                            .filter(l -> (long) args[0] == ID);
                    case "forChange" -> Optional.of(trajectory).filter(t -> (long) args[0] == ID);
                    case "hasPlacementOf" -> (long) args[0] == ID && (long) args[1] == placedWith;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void aCounsellorOfTheNetworkChangesItAtTheVersionSheRead() {
        Caller anna = caller(Role.COUNSELLOR, Set.of("westhoek"), null, null);
        assertThat(access.forChange(anna, ID, 0L)).isSameAs(trajectory);
        assertThat(access.forChange(anna, ID, null)).isSameAs(trajectory);
        assertThatThrownBy(() -> access.forChange(anna, ID, 3L))
                .isInstanceOf(ConcurrentModificationException.class);
    }

    @Test
    void aCounsellorOfAnotherNetworkIsToldItDoesNotExist() {
        Caller other = caller(Role.COUNSELLOR, Set.of("leie"), null, null);
        assertThatThrownBy(() -> access.forChange(other, ID, null)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> access.listingInScope(other, ID)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aLocalOfficerSeesButDoesNotChange() {
        Caller officer = caller(Role.LOCAL_OFFICER, Set.of(), "33021", null);
        assertThat(access.listingInScope(officer, ID).newcomerFirstName()).isEqualTo("Amira");
        assertThatThrownBy(() -> access.forChange(officer, ID, null)).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anOrganisationContactSeesOnlyWithAPlacementOfTheirOrganisation() {
        Caller placed = caller(Role.ORGANISATION_CONTACT, Set.of(), null, placedWith);
        Caller notPlaced = caller(Role.ORGANISATION_CONTACT, Set.of(), null, placedWith + 1);
        assertThat(access.listingInScope(placed, ID).trajectory()).isSameAs(trajectory);
        assertThatThrownBy(() -> access.listingInScope(notPlaced, ID)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> access.forChange(placed, ID, null)).isInstanceOf(ForbiddenException.class);
        assertThat(TrajectoryAccess.organisationFilter(placed)).isEqualTo(placedWith);
        assertThat(TrajectoryAccess.organisationFilter(caller(Role.COUNSELLOR, Set.of("westhoek"), null, null)))
                .isNull();
    }

    @Test
    void anUnknownTrajectoryIsNotFoundEvenForAnAdministrator() {
        Caller admin = caller(Role.ADMINISTRATOR, Set.of(), null, null);
        assertThat(access.forChange(admin, ID, null)).isSameAs(trajectory);
        assertThatThrownBy(() -> access.listingInScope(admin, ID + 1)).isInstanceOf(NotFoundException.class);
    }

    static Caller caller(Role role, Set<String> networks, String nis, Long organisationId) {
        return new Caller(1, role.name().toLowerCase(), role, networks, nis, organisationId);
    }
}
