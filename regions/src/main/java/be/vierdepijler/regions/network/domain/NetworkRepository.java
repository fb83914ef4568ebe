package be.vierdepijler.regions.network.domain;

import java.time.LocalDate;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import java.util.Set;
import java.util.Optional;

/** The regional networks, with the membership figures aggregated in the database. */
public interface NetworkRepository {

    /** The properties a list can be sorted by. */
    Set<String> SORTABLE = Set.of("name", "id");

    /** A page of networks with their counts of municipalities and of those taking part on {@code day}. */
    Page<NetworkSummary> summaries(LocalDate day, PageRequest page);

    Optional<NetworkSummary> summary(String id, LocalDate day);

    boolean exists(String id);
}
