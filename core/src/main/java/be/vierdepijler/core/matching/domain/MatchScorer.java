package be.vierdepijler.core.matching.domain;

import be.vierdepijler.core.spi.MatchingNewcomer;
import be.vierdepijler.core.spi.TrajectoryType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Function;

/**
 * Scores candidates for a newcomer on every {@link Criterion} plus the candidate's trajectory type's own say
 * ({@link TrajectoryTypeCriterion}). A candidate that any criterion excludes is no candidate. Thread-safe; the
 * {@link ForNewcomer} it hands out is not (it remembers what each type said of that newcomer).
 *
 * <h2>Ties</h2>
 * Candidates with the same total are ordered by nearness (nearest first), then by free capacity (most first), then
 * by id (lowest first), so that the same data always gives the same ranking.
 */
public final class MatchScorer {

    /** The common criteria, in the order their explanations are shown. */
    public static final List<Criterion> CRITERIA = List.of(new NearnessCriterion(), new DutchLevelCriterion(),
            new LanguagesCriterion(), new InterestsCriterion(), new AvailabilityCriterion(), new CapacityCriterion());

    private final Function<String, Optional<TrajectoryType>> types;

    /**
     * @param types looks a trajectory type up by id (the registry's {@code find}); a candidate of an unknown type is
     *              scored on the common criteria only
     */
    public MatchScorer(Function<String, Optional<TrajectoryType>> types) {
        this.types = types;
    }

    public ForNewcomer forNewcomer(NewcomerProfile newcomer) {
        return new ForNewcomer(newcomer);
    }

    /** The ranking order: the best first, with the documented tie-break. */
    public static Comparator<Scored> ranking() {
        return Comparator.comparingInt(Scored::total).reversed()
                .thenComparing(Scored::nearness)
                .thenComparing(Comparator.comparingInt(Scored::freeCapacity).reversed())
                .thenComparingLong(Scored::id);
    }

    /** A candidate's total, before it is explained. */
    public record Scored(Candidate candidate, int total, Nearness nearness) {

        int freeCapacity() {
            return candidate.freeCapacity();
        }

        long id() {
            return candidate.id();
        }
    }

    /** Scoring for one newcomer. Not thread-safe. */
    public final class ForNewcomer {

        private final NewcomerProfile newcomer;
        private final Map<String, TrajectoryTypeCriterion.Verdict> verdicts = new HashMap<>();
        private MatchingNewcomer seenByTypes;

        private ForNewcomer(NewcomerProfile newcomer) {
            this.newcomer = newcomer;
        }

        public NewcomerProfile newcomer() {
            return newcomer;
        }

        /** The total score, or {@link Criterion#EXCLUDED}. Allocates nothing once the type's verdict is known. */
        public int total(Candidate candidate) {
            int total = 0;
            for (Criterion criterion : CRITERIA) {
                if (criterion.appliesTo(candidate)) {
                    int points = criterion.points(newcomer, candidate);
                    if (points == Criterion.EXCLUDED) {
                        return Criterion.EXCLUDED;
                    }
                    total += points;
                }
            }
            int typePoints = verdict(candidate.trajectoryTypeId()).points();
            return typePoints == Criterion.EXCLUDED ? Criterion.EXCLUDED : total + typePoints;
        }

        /** The explained score; empty when the candidate is excluded. */
        public Optional<MatchScore> score(Candidate candidate) {
            int total = total(candidate);
            if (total == Criterion.EXCLUDED) {
                return Optional.empty();
            }
            return Optional.of(explain(candidate, total));
        }

        /**
         * Every criterion's verdict on the candidate, including the one that excludes it: for showing why a
         * candidate is not suggested.
         */
        public List<CriterionScore> explainAll(Candidate candidate) {
            List<CriterionScore> scores = new ArrayList<>();
            for (Criterion criterion : CRITERIA) {
                if (criterion.appliesTo(candidate)) {
                    int points = criterion.points(newcomer, candidate);
                    scores.add(new CriterionScore(criterion.code(), criterion.label(),
                            points == Criterion.EXCLUDED ? 0 : points, criterion.maxPoints(),
                            criterion.explain(newcomer, candidate)));
                }
            }
            CriterionScore typeScore = verdict(candidate.trajectoryTypeId()).score();
            if (typeScore != null) {
                scores.add(typeScore);
            }
            return scores;
        }

        /**
         * The best {@code limit} candidates, best first (ties as documented on {@link MatchScorer}), each with its
         * explanation; excluded candidates are left out.
         */
        public <C extends Candidate> List<Suggestion<C>> rank(Collection<C> candidates, int limit) {
            if (limit <= 0) {
                return List.of();
            }
            Comparator<Scored> best = ranking();
            // Keep only the best `limit` while scanning: the worst of them on top of the heap.
            PriorityQueue<Scored> kept = new PriorityQueue<>(limit + 1, best.reversed());
            for (C candidate : candidates) {
                int total = total(candidate);
                if (total == Criterion.EXCLUDED) {
                    continue;
                }
                // Most candidates fall below the worst kept one: skip them without allocating anything.
                if (kept.size() == limit && total < kept.peek().total()) {
                    continue;
                }
                kept.add(new Scored(candidate, total, newcomer.place().nearnessTo(candidate.place())));
                if (kept.size() > limit) {
                    kept.poll();
                }
            }
            List<Scored> ordered = new ArrayList<>(kept);
            ordered.sort(best);
            List<Suggestion<C>> suggestions = new ArrayList<>(ordered.size());
            for (Scored scored : ordered) {
                @SuppressWarnings("unchecked")
                C candidate = (C) scored.candidate();
                suggestions.add(new Suggestion<>(suggestions.size() + 1, candidate,
                        explain(candidate, scored.total())));
            }
            return suggestions;
        }

        private MatchScore explain(Candidate candidate, int total) {
            return new MatchScore(candidate.id(), total, newcomer.place().nearnessTo(candidate.place()),
                    explainAll(candidate));
        }

        private TrajectoryTypeCriterion.Verdict verdict(String typeId) {
            TrajectoryTypeCriterion.Verdict verdict = verdicts.get(typeId);
            if (verdict == null) {
                verdict = types.apply(typeId)
                        .map(type -> TrajectoryTypeCriterion.judge(type, newcomer, seenByTypes()))
                        .orElse(TrajectoryTypeCriterion.Verdict.SILENT);
                verdicts.put(typeId, verdict);
            }
            return verdict;
        }

        private MatchingNewcomer seenByTypes() {
            if (seenByTypes == null) {
                seenByTypes = newcomer.forTrajectoryType();
            }
            return seenByTypes;
        }
    }
}
