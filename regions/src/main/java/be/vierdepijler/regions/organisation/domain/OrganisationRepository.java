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

    /**
     * The organisations whose name, folded as {@link be.vierdepijler.core.shared.SearchText#fold}, is exactly
     * {@code nameSearch}; only in this municipality unless it is null. An import's natural key.
     */
    java.util.List<Organisation> named(String nameSearch, String municipalityNis);
}
