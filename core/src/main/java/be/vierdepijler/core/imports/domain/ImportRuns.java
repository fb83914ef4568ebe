package be.vierdepijler.core.imports.domain;

import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import java.util.Optional;
import java.util.Set;

/** The import runs; each change is written by the caller in a transaction of its own. */
public interface ImportRuns {

    /** {@code newest}: the most recent first ({@code -newest}: the oldest first). */
    Set<String> SORTABLE = Set.of("newest");

    ImportRun add(ImportRun run);

    Optional<ImportRun> byId(long id);

    /** The runs, newest first; only those started by {@code startedBy} unless it is null. */
    Page<ImportRun> find(String startedBy, PageRequest page);
}
