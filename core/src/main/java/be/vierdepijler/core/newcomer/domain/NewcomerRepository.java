package be.vierdepijler.core.newcomer.domain;

import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import java.util.Optional;
import java.util.Set;

/** The newcomers, scoped, paged and filtered in the database. */
public interface NewcomerRepository {

    Set<String> SORTABLE = Set.of("name", "created");

    Page<Newcomer> find(PersonScope scope, NewcomerFilter filter, PageRequest page);

    Optional<Newcomer> byId(long id);

    Newcomer add(Newcomer newcomer);
}
