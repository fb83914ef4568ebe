package be.vierdepijler.core.matching.infrastructure.jpa;

import be.vierdepijler.core.shared.infrastructure.Jdbc;

import be.vierdepijler.core.matching.domain.CandidateChanges;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The generations in table {@code matching_generation}, over JDBC on the persistence context's connection: the
 * entity listeners call it while Hibernate flushes, when a JPA query would flush again. Networks are raised in the
 * order of their ids, so that two transactions that each move a candidate between the same two networks take the
 * rows in the same order. Offers belong to regions, whose persistence unit shares the data source and so, within
 * one transaction, the connection.
 */
@ApplicationScoped
public class JpaCandidateChanges implements CandidateChanges {

    private static final String RAISE = "update matching_generation set generation = generation + 1"
            + " where kind = ? and network_id = ?";

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    public void changed(String kind, String... networkIds) {
        String table = table(kind);
        for (String network : new TreeSet<>(Stream.of(networkIds).filter(Objects::nonNull).toList())) {
            Jdbc.update(em, RAISE, List.of(table, network));
        }
    }

    @Override
    public void changed(String kind, long candidateId) {
        String table = table(kind);
        Jdbc.update(em, "update matching_generation set generation = generation + 1 where kind = ? and network_id ="
                + " (select c.network_id from " + table + " c where c.id = ?)", List.of(table, candidateId));
    }

    @Override
    public Map<String, Long> generations(String kind, Collection<String> networkIds) {
        Map<String, Long> generations = new HashMap<>();
        if (networkIds.isEmpty()) {
            return generations;
        }
        Jdbc.query(em, "select network_id, generation from matching_generation where kind = ? and network_id in ("
                        + Jdbc.placeholders(networkIds) + ")", List.of(table(kind), networkIds),
                row -> generations.put(row.getString(1), row.getLong(2)));
        return generations;
    }

    /** The kind is also the table's name: only the two known ones ever reach the SQL. */
    private static String table(String kind) {
        if (BUDDY.equals(kind) || OFFER.equals(kind)) {
            return kind;
        }
        throw new IllegalArgumentException("Not a kind of matching candidate: " + kind);
    }
}
