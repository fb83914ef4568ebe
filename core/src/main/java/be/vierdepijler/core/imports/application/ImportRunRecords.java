package be.vierdepijler.core.imports.application;

import be.vierdepijler.core.imports.domain.ImportRun;
import be.vierdepijler.core.imports.domain.ImportRuns;
import be.vierdepijler.core.imports.domain.RowProblem;
import be.vierdepijler.core.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * Writes an import run's record, each change in a transaction of its own: its progress is visible while the import's
 * transaction is still open, and its outcome survives that transaction's rollback.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ImportRunRecords {

    @Inject
    ImportRuns runs;

    @Inject
    Clock clock;

    public ImportRun create(ImportRun run) {
        return runs.add(run);
    }

    public void progress(long id, int rowsDone) {
        run(id).progress(rowsDone);
    }

    public void done(long id, int created, int updated, int unchanged) {
        run(id).done(created, updated, unchanged, clock.instant());
    }

    public void refused(long id, List<RowProblem> problems) {
        run(id).refused(problems, clock.instant());
    }

    public void failed(long id, String reason) {
        run(id).failed(reason, clock.instant());
    }

    private ImportRun run(long id) {
        return runs.byId(id).orElseThrow(() -> new NotFoundException("import", String.valueOf(id)));
    }
}
