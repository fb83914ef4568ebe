package be.vierdepijler.core.trajectory.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.access.Role;
import be.vierdepijler.core.port.BuddyPlaces;
import be.vierdepijler.core.port.OfferPlaces;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.spi.FieldDefinition;
import be.vierdepijler.core.spi.FieldSchema;
import be.vierdepijler.core.spi.PlacedWith;
import be.vierdepijler.core.spi.ReferenceTarget;
import be.vierdepijler.core.spi.SampleTrajectoryType;
import be.vierdepijler.core.spi.TrajectoryType;
import be.vierdepijler.core.spi.TrajectoryTypeRegistry;
import be.vierdepijler.core.trajectory.domain.Trajectory;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The placement service refuses a placement that does not name what its type is placed with before it looks up or
 * takes any place, without a container: the ports fail the test when they are asked anything.
 */
class PlacementServiceTest {

    private static final Caller COUNSELLOR = new Caller(1, "counsellor", Role.COUNSELLOR, Set.of("west"), null, null);

    /** A type placed with a buddy, as its schema says. */
    private static final TrajectoryType DUO = new SampleTrajectoryType() {
        @Override
        public String id() {
            return "duo";
        }

        @Override
        public FieldSchema schema() {
            return FieldSchema.of(FieldDefinition.reference("buddy", ReferenceTarget.BUDDY).required()
                    .label("Buddy", "Buddy").build());
        }

        @Override
        public PlacedWith placedWith() {
            return PlacedWith.BUDDY;
        }
    };

    private static final TrajectoryType WALK = new SampleTrajectoryType();

    private static <T> T untouchable(Class<T> port) {
        return port.cast(Proxy.newProxyInstance(PlacementServiceTest.class.getClassLoader(), new Class<?>[] {port},
                (proxy, method, args) -> {
                    throw new AssertionError("no place is looked up or taken: " + method.getName());
                }));
    }

    private static PlacementService service() {
        PlacementService service = new PlacementService();
        service.access = new TrajectoryAccess() {
            @Override
            public Trajectory forChange(Caller caller, long id, Long expectedVersion) {
                return null; // in scope; the refusals below come before the trajectory is read
            }
        };
        service.types = new TrajectoryTypeRegistry() {
            @Override
            public List<TrajectoryType> all() {
                return List.of(DUO, WALK);
            }

            @Override
            public Optional<TrajectoryType> find(String id) {
                return all().stream().filter(t -> t.id().equals(id)).findFirst();
            }
        };
        service.offers = untouchable(OfferPlaces.class);
        service.buddies = untouchable(BuddyPlaces.class);
        return service;
    }

    private static PlacementService.NewPlacement asked(String typeId, Long offerId, Long buddyId) {
        return new PlacementService.NewPlacement(typeId, offerId, buddyId, null, null, Map.of(), Locale.ROOT);
    }

    private static List<String> refusal(PlacementService.NewPlacement asked) {
        try {
            service().placeWithin(COUNSELLOR, 9, asked);
        } catch (InvalidInputException e) {
            return e.violations().stream().map(v -> v.field() + ":" + v.code()).toList();
        }
        throw new AssertionError("placed");
    }

    @Test
    void aMissingOrUnknownTypeIsRefusedNamingTheTypesThereAre() {
        assertThat(refusal(asked(null, 4L, null))).containsExactly("typeId:required");
        assertThatThrownBy(() -> service().placeWithin(COUNSELLOR, 9, asked("stage", 4L, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.code()).isEqualTo("unknown-type");
                            assertThat(v.message()).isEqualTo("Geef een trajecttype: duo, sample-walk.");
                        }));
    }

    @Test
    void aTypePlacedWithABuddyTakesNoOffer() {
        assertThat(refusal(asked("duo", 4L, null))).containsExactly("buddyId:required", "offerId:not-allowed");
    }

    @Test
    void aTypePlacedInAnOfferTakesNoBuddy() {
        assertThat(refusal(asked(SampleTrajectoryType.ID, null, 3L)))
                .containsExactly("offerId:required", "buddyId:not-allowed");
    }
}
