package be.vierdepijler.core.matching.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * Proposes newcomer–buddy duos for a whole network: the set of pairs with the highest total score in which every
 * newcomer has at most one buddy and no buddy more newcomers than their free duos. A pure function of its input.
 *
 * <h2>How</h2>
 * <ol>
 *   <li><b>Candidate graph.</b> Every newcomer is scored against every buddy with a free duo
 *       ({@link MatchScorer.ForNewcomer#total}, which allocates nothing); excluded pairs and pairs scoring below
 *       {@value #MINIMUM_SCORE} are dropped, and each newcomer keeps only their best {@code candidatesPerNewcomer}
 *       buddies (ties as in the suggestions). Pruning bounds the graph at newcomers × k arcs; a newcomer's
 *       hundredth-best buddy is practically never in an optimal set (see docs/benchmarks.md for the measured
 *       loss).</li>
 *   <li><b>Minimum-cost flow</b> (JGraphT's {@link CapacityScalingMinimumCostFlow}): each newcomer supplies one unit,
 *       a sink takes them all. The unit flows either through a buddy (arc cost {@code M − score}, capacity 1; the
 *       buddy's arc to the sink has capacity = free duos) or straight to the sink (cost {@code M}: no buddy). With
 *       {@code M} above every score, the cheapest flow is the set of pairs with the highest total score, and the
 *       capacities make it impossible to over-book a buddy.</li>
 * </ol>
 *
 * <h2>Determinism</h2>
 * Newcomers and buddies are put in the graph by ascending id and the algorithm involves no randomness, so the same
 * input always yields the same pairs, also when several sets reach the same total.
 */
public final class DuoProposer {

    /** How many buddies each newcomer keeps in the candidate graph by default. */
    public static final int DEFAULT_CANDIDATES_PER_NEWCOMER = 40;

    /** A pair below this score has nothing going for it and is never proposed. */
    public static final int MINIMUM_SCORE = 1;

    private final int candidatesPerNewcomer;

    public DuoProposer() {
        this(DEFAULT_CANDIDATES_PER_NEWCOMER);
    }

    /** @param candidatesPerNewcomer how many best buddies each newcomer keeps; at least 1 */
    public DuoProposer(int candidatesPerNewcomer) {
        if (candidatesPerNewcomer < 1) {
            throw new IllegalArgumentException("candidatesPerNewcomer must be at least 1");
        }
        this.candidatesPerNewcomer = candidatesPerNewcomer;
    }

    /**
     * @param newcomers the newcomers who need a buddy (distinct ids)
     * @param buddies   the buddies who may be matched (distinct ids); those without a free duo are ignored
     * @param scorer    scores a pair
     */
    public DuoProposal propose(Collection<NewcomerProfile> newcomers, Collection<BuddyCandidate> buddies,
                               MatchScorer scorer) {
        List<NewcomerProfile> people = new ArrayList<>(newcomers);
        people.sort(Comparator.comparingLong(NewcomerProfile::id));
        List<BuddyCandidate> free = new ArrayList<>();
        for (BuddyCandidate buddy : buddies) {
            if (buddy.freeDuos() > 0) {
                free.add(buddy);
            }
        }
        free.sort(Comparator.comparingLong(BuddyCandidate::id));
        requireDistinct(people.stream().map(NewcomerProfile::id).toList(), "newcomer");
        requireDistinct(free.stream().map(BuddyCandidate::id).toList(), "buddy");

        List<MatchScorer.ForNewcomer> scorings = new ArrayList<>(people.size());
        List<int[]> arcs = new ArrayList<>();   // {newcomer index, buddy index, score}
        int maxScore = 0;
        for (int n = 0; n < people.size(); n++) {
            MatchScorer.ForNewcomer scoring = scorer.forNewcomer(people.get(n));
            scorings.add(scoring);
            for (int[] arc : bestBuddies(n, scoring, free)) {
                arcs.add(arc);
                maxScore = Math.max(maxScore, arc[2]);
            }
        }

        Map<Arc, Double> flow = solve(people.size(), free, arcs, maxScore + 1L);

        List<ProposedDuo> duos = new ArrayList<>();
        boolean[] matched = new boolean[people.size()];
        long total = 0;
        for (Map.Entry<Arc, Double> entry : flow.entrySet()) {
            Arc arc = entry.getKey();
            if (arc.newcomer >= 0 && arc.buddy >= 0 && entry.getValue() > 0.5) {
                BuddyCandidate buddy = free.get(arc.buddy);
                MatchScore score = scorings.get(arc.newcomer).score(buddy).orElseThrow();
                duos.add(new ProposedDuo(people.get(arc.newcomer).id(), buddy.id(), score));
                matched[arc.newcomer] = true;
                total += score.total();
            }
        }
        duos.sort(Comparator.comparingLong(ProposedDuo::newcomerId));
        List<Long> unmatched = new ArrayList<>();
        for (int n = 0; n < people.size(); n++) {
            if (!matched[n]) {
                unmatched.add(people.get(n).id());
            }
        }
        return new DuoProposal(duos, total, unmatched, arcs.size());
    }

    /** The newcomer's best buddies, as arcs {newcomer, buddy, score}. */
    private List<int[]> bestBuddies(int newcomer, MatchScorer.ForNewcomer scoring, List<BuddyCandidate> buddies) {
        // Worst kept on top: higher score better, then lower buddy index (= lower id; ascending ids).
        Comparator<int[]> better = Comparator.<int[]>comparingInt(a -> a[2]).thenComparing(a -> -a[1]);
        PriorityQueue<int[]> kept = new PriorityQueue<>(candidatesPerNewcomer + 1, better);
        for (int b = 0; b < buddies.size(); b++) {
            int score = scoring.total(buddies.get(b));
            if (score == Criterion.EXCLUDED || score < MINIMUM_SCORE) {
                continue;
            }
            if (kept.size() < candidatesPerNewcomer) {
                kept.add(new int[] {newcomer, b, score});
            } else if (score > kept.peek()[2]) {
                kept.poll();
                kept.add(new int[] {newcomer, b, score});
            }
        }
        List<int[]> best = new ArrayList<>(kept);
        best.sort(Comparator.comparingInt(a -> a[1]));
        return best;
    }

    private static Map<Arc, Double> solve(int newcomers, List<BuddyCandidate> buddies, List<int[]> pairs,
                                          long noBuddyCost) {
        Graph<Integer, Arc> graph = new SimpleDirectedWeightedGraph<>(Arc.class);
        int sink = newcomers + buddies.size();
        for (int v = 0; v <= sink; v++) {
            graph.addVertex(v);
        }
        Set<Integer> reachable = new HashSet<>();
        for (int[] pair : pairs) {
            add(graph, pair[0], newcomers + pair[1], new Arc(pair[0], pair[1], 1, noBuddyCost - pair[2]));
            reachable.add(pair[1]);
        }
        for (int b = 0; b < buddies.size(); b++) {
            if (reachable.contains(b)) {
                add(graph, newcomers + b, sink, new Arc(-1, b, buddies.get(b).freeDuos(), 0));
            }
        }
        for (int n = 0; n < newcomers; n++) {
            add(graph, n, sink, new Arc(n, -1, 1, noBuddyCost));
        }
        MinimumCostFlowProblem<Integer, Arc> problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
                graph, v -> v < newcomers ? 1 : v == sink ? -newcomers : 0, arc -> arc.capacity);
        return new CapacityScalingMinimumCostFlow<Integer, Arc>().getMinimumCostFlow(problem).getFlowMap();
    }

    /** The algorithm reads an arc's cost as its weight in the graph (not from the problem's cost function). */
    private static void add(Graph<Integer, Arc> graph, int from, int to, Arc arc) {
        graph.addEdge(from, to, arc);
        graph.setEdgeWeight(arc, arc.cost);
    }

    private static void requireDistinct(List<Long> ids, String what) {
        for (int i = 1; i < ids.size(); i++) {
            if (ids.get(i).equals(ids.get(i - 1))) {
                throw new IllegalArgumentException("the " + what + " " + ids.get(i) + " appears twice");
            }
        }
    }

    /** An arc of the flow network; identity, not value, tells arcs apart (JGraphT keys them in maps). */
    static final class Arc extends DefaultWeightedEdge {

        private static final long serialVersionUID = 1L;

        final int newcomer;
        final int buddy;
        final int capacity;
        final long cost;

        Arc(int newcomer, int buddy, int capacity, long cost) {
            this.newcomer = newcomer;
            this.buddy = buddy;
            this.capacity = capacity;
            this.cost = cost;
        }
    }
}
