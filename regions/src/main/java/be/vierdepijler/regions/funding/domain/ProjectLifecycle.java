package be.vierdepijler.regions.funding.domain;

import be.vierdepijler.core.shared.ConflictException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which status of a project may follow which:
 * <pre>
 * SUBMITTED → SELECTED | NOT_SELECTED
 * SELECTED  → RUNNING | ENDED | CONTINUED_WITHOUT_SUBSIDY
 * RUNNING   → EXTENDED | ENDED | CONTINUED_WITHOUT_SUBSIDY
 * EXTENDED  → EXTENDED | ENDED | CONTINUED_WITHOUT_SUBSIDY   (extended any number of times)
 * NOT_SELECTED, ENDED, CONTINUED_WITHOUT_SUBSIDY: final
 * </pre>
 * A selected project may end (or go on without subsidy) without having been marked running: when its period ends,
 * that is what happened. EXTENDED is reached only through an extension, which carries its new end date.
 */
public final class ProjectLifecycle {

    private static final Map<ProjectStatus, Set<ProjectStatus>> NEXT = new EnumMap<>(ProjectStatus.class);

    static {
        NEXT.put(ProjectStatus.SUBMITTED, EnumSet.of(ProjectStatus.SELECTED, ProjectStatus.NOT_SELECTED));
        NEXT.put(ProjectStatus.SELECTED, EnumSet.of(ProjectStatus.RUNNING, ProjectStatus.ENDED,
                ProjectStatus.CONTINUED_WITHOUT_SUBSIDY));
        NEXT.put(ProjectStatus.RUNNING, EnumSet.of(ProjectStatus.EXTENDED, ProjectStatus.ENDED,
                ProjectStatus.CONTINUED_WITHOUT_SUBSIDY));
        NEXT.put(ProjectStatus.EXTENDED, EnumSet.of(ProjectStatus.EXTENDED, ProjectStatus.ENDED,
                ProjectStatus.CONTINUED_WITHOUT_SUBSIDY));
        NEXT.put(ProjectStatus.NOT_SELECTED, EnumSet.noneOf(ProjectStatus.class));
        NEXT.put(ProjectStatus.ENDED, EnumSet.noneOf(ProjectStatus.class));
        NEXT.put(ProjectStatus.CONTINUED_WITHOUT_SUBSIDY, EnumSet.noneOf(ProjectStatus.class));
    }

    private ProjectLifecycle() {
    }

    public static boolean allows(ProjectStatus from, ProjectStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** The statuses that may follow {@code from}, in declaration order. */
    public static Set<ProjectStatus> next(ProjectStatus from) {
        Set<ProjectStatus> next = EnumSet.noneOf(ProjectStatus.class);
        next.addAll(NEXT.get(from));
        return next;
    }

    /** Whether a project can be extended now. */
    public static boolean mayExtend(ProjectStatus from) {
        return allows(from, ProjectStatus.EXTENDED);
    }

    /** @throws ConflictException {@code transition-not-allowed} when the lifecycle does not allow it */
    public static void check(ProjectStatus from, ProjectStatus to) {
        if (!allows(from, to)) {
            List<String> allowed = new ArrayList<>();
            NEXT.get(from).forEach(s -> allowed.add(s.code()));
            throw new ConflictException("transition-not-allowed", "Een project met status '" + from.label()
                    + "' kan niet naar '" + to.label() + "'" + (allowed.isEmpty() ? "; deze status is definitief."
                    : "; wel naar: " + String.join(", ", allowed) + "."));
        }
    }

    /**
     * Whether {@code to} can be reached from {@code from} in one or more steps (or is {@code from}): an import may bring
     * a project straight into a later status, recorded as one change "ingevoerd via import".
     */
    public static boolean reachable(ProjectStatus from, ProjectStatus to) {
        if (from == to) {
            return true;
        }
        Set<ProjectStatus> seen = EnumSet.of(from);
        List<ProjectStatus> todo = new ArrayList<>(List.of(from));
        while (!todo.isEmpty()) {
            for (ProjectStatus next : NEXT.get(todo.remove(0))) {
                if (next == to) {
                    return true;
                }
                if (seen.add(next)) {
                    todo.add(next);
                }
            }
        }
        return false;
    }
}
