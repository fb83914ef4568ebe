package be.vierdepijler.regions.organisation.domain;

import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import java.util.Optional;
import java.util.Set;

/** The organisations; lists filtered, counted and paged in the database. */
public interface OrganisationRepository {

    Set<String> SORTABLE = Set.of("name", "municipality");

    Page<OrganisationListing> find(OrganisationFilter filter, PageRequest page);

    Optional<OrganisationListing> listing(long id);

    Optional<Organisation> byId(long id);

    Organisation add(Organisation organisation);
}
