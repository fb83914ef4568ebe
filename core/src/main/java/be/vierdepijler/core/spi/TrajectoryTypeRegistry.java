package be.vierdepijler.core.spi;

import be.vierdepijler.core.shared.NotFoundException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Every trajectory type deployed with the application, found through CDI: any bean implementing
 * {@link TrajectoryType}, whatever its qualifiers, in any jar of the EAR's {@code lib/}. The types are discovered and
 * checked once, when the application starts; a malformed or duplicate id fails the deployment (see
 * {@link TrajectoryTypeIndex}). Thread-safe: after start it only reads an immutable index.
 */
@ApplicationScoped
public class TrajectoryTypeRegistry {

    private static final Logger LOG = Logger.getLogger(TrajectoryTypeRegistry.class.getName());

    @Inject
    @Any
    Instance<TrajectoryType> discovered;

    private TrajectoryTypeIndex index;

    @PostConstruct
    void discover() {
        index = TrajectoryTypeIndex.of(discovered.stream().toList());
        LOG.info(() -> "Trajectory types: " + String.join(", ", index.ids()));
    }

    /**
     * Touches the registry when the application starts, so that a misdefined type fails the deployment instead of the
     * first request.
     */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        index.size();
    }

    /** Every type, ordered by id. */
    public List<TrajectoryType> all() {
        return index.all();
    }

    public Optional<TrajectoryType> find(String id) {
        return index.find(id);
    }

    /** @throws NotFoundException for an id no deployed type has */
    public TrajectoryType get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("trajecttype", id));
    }

    /** The types placed this way ({@link TrajectoryType#placedWith()}), ordered by id. */
    public List<TrajectoryType> placedWith(PlacedWith how) {
        return index.placedWith(how);
    }

    /**
     * The one type placed this way, when exactly one is deployed (e.g. buddywerking, the type of every duo); empty
     * when there is none or more than one, and the caller has to ask which.
     */
    public Optional<TrajectoryType> onlyPlacedWith(PlacedWith how) {
        List<TrajectoryType> placed = placedWith(how);
        return placed.size() == 1 ? Optional.of(placed.get(0)) : Optional.empty();
    }

    /** The Dutch label of a reporting category, or its id when no deployed type knows it (any more). */
    public String categoryLabel(String typeId, String categoryId) {
        return find(typeId).flatMap(type -> type.reportingCategories().stream()
                .filter(c -> c.id().equals(categoryId)).findFirst()).map(c -> c.label().nl()).orElse(categoryId);
    }
}
