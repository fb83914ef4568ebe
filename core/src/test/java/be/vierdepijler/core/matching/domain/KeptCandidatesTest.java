package be.vierdepijler.core.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class KeptCandidatesTest {

    private final KeptCandidates<String> kept = new KeptCandidates<>();
    private final List<String> reads = new ArrayList<>();
    /** Reads a network's candidates, named after the read: a candidate read again is another string. */
    private final Function<String, List<String>> database = network -> {
        reads.add(network);
        return List.of(network + "#" + reads.size());
    };

    @Test
    void aNetworkIsReadAgainOnlyWhenItsGenerationMoved() {
        assertThat(kept.current(Set.of("westhoek"), Map.of("westhoek", 4L), database))
                .containsEntry("westhoek", List.of("westhoek#1"));
        assertThat(kept.current(Set.of("westhoek"), Map.of("westhoek", 4L), database))
                .containsEntry("westhoek", List.of("westhoek#1"));
        assertThat(reads).containsExactly("westhoek");

        assertThat(kept.current(Set.of("westhoek"), Map.of("westhoek", 5L), database))
                .containsEntry("westhoek", List.of("westhoek#2"));
        assertThat(kept.current(Set.of("westhoek"), Map.of("westhoek", 5L), database))
                .containsEntry("westhoek", List.of("westhoek#2"));
        assertThat(reads).containsExactly("westhoek", "westhoek");
    }

    @Test
    void eachNetworkKeepsItsOwnAndOneWithoutAGenerationIsReadEveryTime() {
        kept.current(Set.of("westhoek", "limburg"), Map.of("westhoek", 1L, "limburg", 7L), database);
        Map<String, List<String>> again = kept.current(Set.of("westhoek", "limburg", "nowhere"),
                Map.of("westhoek", 1L, "limburg", 8L), database);
        assertThat(again.get("westhoek")).hasSize(1).allMatch(c -> c.startsWith("westhoek#"));
        assertThat(reads).filteredOn("westhoek"::equals).hasSize(1);
        assertThat(reads).filteredOn("limburg"::equals).hasSize(2);
        kept.current(Set.of("nowhere"), Map.of(), database);
        assertThat(reads).filteredOn("nowhere"::equals).hasSize(2);
    }
}
