package be.vierdepijler.regions.funding.domain;

import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import java.util.Optional;
import java.util.Set;

/** The projects; lists filtered, counted and paged in the database. */
public interface ProjectRepository {

    Set<String> SORTABLE = Set.of("name", "status", "call");

    /**
     * @param withinNetworks null for every project; otherwise only the network projects of these networks and the
     *                       projects with a municipality in them
     */
    Page<ProjectListing> find(ProjectFilter filter, Set<String> withinNetworks, PageRequest page);

    Optional<ProjectListing> listing(long id);

    Optional<FundingProject> byId(long id);

    Optional<FundingProject> byCallAndName(long callId, String name);

    FundingProject add(FundingProject project);
}
