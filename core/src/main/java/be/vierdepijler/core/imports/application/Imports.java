package be.vierdepijler.core.imports.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.imports.domain.ImportFileReader;
import be.vierdepijler.core.imports.domain.ImportKind;
import be.vierdepijler.core.imports.domain.ImportRun;
import be.vierdepijler.core.imports.domain.ImportRuns;
import be.vierdepijler.core.imports.domain.ImportSheet;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.StreamSupport;

/**
 * The one import path of the application. Every {@link ImportKind} bean is a kind that can be imported; a file is read
 * at once (an unreadable file is refused before any run starts), then checked and applied asynchronously on the
 * server's managed executor, so that the caller gets the run at once and follows its progress.
 */
@ApplicationScoped
public class Imports {

    /** The server's default managed executor, by its global name (this bean lives in the EAR's lib/). */
    static final String EXECUTOR = "java:jboss/ee/concurrency/executor/default";

    @Inject
    @Any
    Instance<ImportKind> kinds;

    @Inject
    ImportFileReader files;

    @Inject
    ImportRuns runs;

    @Inject
    ImportRunRecords records;

    @Inject
    ImportRunner runner;

    @Inject
    Clock clock;

    @Resource(lookup = EXECUTOR)
    ManagedExecutorService executor;

    /** Every kind, by key. */
    public List<ImportKind> all() {
        return StreamSupport.stream(kinds.spliterator(), false).sorted(Comparator.comparing(ImportKind::key))
                .toList();
    }

    /** The kinds this caller may import. */
    public List<ImportKind> importableBy(Caller caller) {
        return all().stream().filter(k -> k.mayImport(caller)).toList();
    }

    public Optional<ImportKind> kind(String key) {
        return all().stream().filter(k -> k.key().equals(key)).findFirst();
    }

    /**
     * The kind, when the caller may import it.
     *
     * @throws NotFoundException  for an unknown kind
     * @throws ForbiddenException when the caller may not import it
     */
    public ImportKind kindFor(Caller caller, String key) {
        ImportKind kind = kind(key).orElseThrow(() -> new NotFoundException("importsoort", key));
        if (!kind.mayImport(caller)) {
            throw new ForbiddenException("Je mag geen " + kind.label().toLowerCase(java.util.Locale.ROOT)
                    + " importeren.");
        }
        return kind;
    }

    /**
     * Reads the file and starts its run; the import itself goes on after this returns.
     *
     * @throws be.vierdepijler.core.imports.domain.ImportFileException when the file cannot be read at all
     */
    public ImportRun start(Caller caller, String kindKey, String fileName, byte[] content, boolean dryRun) {
        ImportKind kind = kindFor(caller, kindKey);
        ImportSheet sheet = files.read(content);
        ImportRun run = records.create(new ImportRun(kind.key(), fileName, sheet.format(), dryRun,
                sheet.rows().size(), caller.username(), clock.instant()));
        long id = run.id();
        try {
            executor.execute(() -> runner.run(id, kind, sheet, caller, dryRun));
        } catch (RejectedExecutionException e) {
            records.failed(id, "De server is te druk om nu te importeren; probeer het straks opnieuw.");
        }
        return get(caller, id);
    }

    /**
     * Reads the file and runs its import to the end in the calling thread (the example data at start-up uses it: the
     * same path as a user's import, recorded as a run, but with its outcome at hand).
     *
     * @return the finished run: done, refused with its problems, or failed
     */
    public ImportRun runNow(Caller caller, String kindKey, String fileName, byte[] content) {
        ImportKind kind = kindFor(caller, kindKey);
        ImportSheet sheet = files.read(content);
        ImportRun run = records.create(new ImportRun(kind.key(), fileName, sheet.format(), false,
                sheet.rows().size(), caller.username(), clock.instant()));
        runner.run(run.id(), kind, sheet, caller, false);
        return get(caller, run.id());
    }

    /** A run the caller started (administrators: any run). */
    public ImportRun get(Caller caller, long id) {
        return runs.byId(id).filter(r -> caller.isAdministrator() || r.startedBy().equals(caller.username()))
                .orElseThrow(() -> new NotFoundException("import", String.valueOf(id)));
    }

    /** The caller's runs, newest first (administrators: everybody's). */
    public Page<ImportRun> find(Caller caller, PageRequest page) {
        return runs.find(caller.isAdministrator() ? null : caller.username(), page);
    }
}
