package be.vierdepijler.core.spi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The trajectory types of a deployment, indexed by id, in the order of their ids. Built once from whatever was
 * discovered; refuses the whole set when one id is malformed or taken twice, a type answers no metadata, or its
 * {@link TrajectoryType#placedWith()} disagrees with its schema, naming every offending class. Plain Java, so the rules are tested without a container. Immutable and thread-safe.
 */
public final class TrajectoryTypeIndex {

    private final Map<String, TrajectoryType> byId;

    private TrajectoryTypeIndex(Map<String, TrajectoryType> byId) {
        this.byId = byId;
    }

    /**
     * @throws TrajectoryTypeDefinitionException listing every problem found
     */
    public static TrajectoryTypeIndex of(Collection<? extends TrajectoryType> types) {
        List<String> problems = new ArrayList<>();
        Map<String, List<TrajectoryType>> claims = new TreeMap<>();
        for (TrajectoryType type : types) {
            String id = type.id();
            if (id == null || !TrajectoryType.ID_PATTERN.matcher(id).matches()) {
                problems.add(describe(type) + " has id '" + id + "': a trajectory type id is kebab-case, lower-case"
                        + " letters and digits joined by single hyphens (e.g. 'buddy', 'local-internship')");
                continue;
            }
            claims.computeIfAbsent(id, k -> new ArrayList<>()).add(type);
            problems.addAll(missingMetadata(type));
        }
        Map<String, TrajectoryType> byId = new LinkedHashMap<>();
        claims.forEach((id, claimants) -> {
            if (claimants.size() > 1) {
                problems.add("id '" + id + "' is claimed by " + claimants.size() + " trajectory types: " + String.join(
                        ", ", claimants.stream().map(TrajectoryTypeIndex::describe).sorted().toList())
                        + "; every type needs its own id");
            } else {
                byId.put(id, claimants.get(0));
            }
        });
        if (!problems.isEmpty()) {
            throw new TrajectoryTypeDefinitionException(problems);
        }
        return new TrajectoryTypeIndex(byId);
    }

    public List<TrajectoryType> all() {
        return List.copyOf(byId.values());
    }

    public List<String> ids() {
        return List.copyOf(byId.keySet());
    }

    public Optional<TrajectoryType> find(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    /** The types placed this way, in the order of their ids. */
    public List<TrajectoryType> placedWith(PlacedWith how) {
        return byId.values().stream().filter(t -> t.placedWith() == how).toList();
    }

    public int size() {
        return byId.size();
    }

    private static List<String> missingMetadata(TrajectoryType type) {
        List<String> missing = new ArrayList<>();
        String who = describe(type) + " ('" + type.id() + "')";
        if (type.label() == null) {
            missing.add(who + " has no label");
        }
        if (type.description() == null) {
            missing.add(who + " has no description");
        }
        if (type.schema() == null) {
            missing.add(who + " has no field schema");
        }
        if (type.reportingCategories() == null || type.reportingCategories().isEmpty()) {
            missing.add(who + " has no reporting category");
        }
        if (type.suitability() == null) {
            missing.add(who + " does not say which newcomers it suits");
        }
        if (type.hourPolicy() == null) {
            missing.add(who + " has no hour policy");
        }
        PlacedWith placedWith = type.placedWith();
        if (placedWith == null) {
            missing.add(who + " does not say whether it is placed with a buddy or in an offer");
        } else if (type.schema() != null && placedWith != PlacedWith.impliedBy(type.schema())) {
            missing.add(who + " says it is placed " + (placedWith == PlacedWith.BUDDY
                    ? "with a buddy but its schema has no reference field to a buddy"
                    : "in an offer but its schema has a reference field to a buddy")
                    + "; placedWith() and the schema must agree");
        }
        return missing;
    }

    /** The implementing class, without the suffix of a CDI client proxy. */
    static String describe(TrajectoryType type) {
        String name = type.getClass().getName();
        int proxy = name.indexOf("$Proxy$");
        return proxy < 0 ? name : name.substring(0, proxy);
    }
}
