package be.vierdepijler.core.matching.domain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The candidates of each network as one node last read them, with the network's generation ({@link CandidateChanges})
 * they were read at: served again while the generation stays, read again when it moved. A network without a
 * generation is read every time and not kept. Thread-safe; two requests that read a network at once each keep what
 * they read, and the older one is read again at the next request.
 *
 * @param <T> a candidate as its reader builds it
 */
public final class KeptCandidates<T> {

    private record Snapshot<T>(long generation, List<T> candidates) {
    }

    private final Map<String, Snapshot<T>> kept = new ConcurrentHashMap<>();

    /**
     * The candidates of these networks, by network.
     *
     * @param generations the networks' generations as just read (before the candidates)
     * @param read        reads a network's candidates from the database
     */
    public Map<String, List<T>> current(Set<String> networks, Map<String, Long> generations,
                                        Function<String, List<T>> read) {
        Map<String, List<T>> byNetwork = new HashMap<>();
        for (String network : networks) {
            Long generation = generations.get(network);
            Snapshot<T> known = kept.get(network);
            if (known == null || generation == null || known.generation() != generation) {
                known = new Snapshot<>(generation == null ? -1 : generation, List.copyOf(read.apply(network)));
                if (generation != null) {
                    kept.put(network, known);
                }
            }
            byNetwork.put(network, known.candidates());
        }
        return byNetwork;
    }
}
