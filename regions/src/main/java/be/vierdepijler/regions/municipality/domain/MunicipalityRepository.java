package be.vierdepijler.regions.municipality.domain;

import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import java.util.Optional;
import java.util.Set;

/** The municipalities; lists are paged and filtered in the database. */
public interface MunicipalityRepository {

    /** The properties a list can be sorted by. */
    Set<String> SORTABLE = Set.of("name", "nisCode");

    Page<MunicipalityListing> find(MunicipalityFilter filter, PageRequest page);

    Optional<MunicipalityListing> listing(String nisCode);

    Optional<Municipality> byNisCode(String nisCode);
}
