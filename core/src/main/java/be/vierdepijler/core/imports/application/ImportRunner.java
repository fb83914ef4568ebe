package be.vierdepijler.core.imports.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.imports.domain.ImportColumn;
import be.vierdepijler.core.imports.domain.ImportHeaders;
import be.vierdepijler.core.imports.domain.ImportKind;
import be.vierdepijler.core.imports.domain.ImportPersistence;
import be.vierdepijler.core.imports.domain.ImportRow;
import be.vierdepijler.core.imports.domain.ImportSheet;
import be.vierdepijler.core.imports.domain.RowOutcome;
import be.vierdepijler.core.imports.domain.RowProblem;
import be.vierdepijler.core.shared.ConcurrentModificationException;
import be.vierdepijler.core.shared.ConflictException;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.NotFoundException;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs one import: matches the header, checks every row, and only when no row has a problem applies them row by row in
 * ONE transaction. A row that the owning service refuses while applying becomes a problem too, and the transaction
 * rolls back: a file imports completely or not at all. A dry run takes exactly the same steps and always rolls back,
 * so that its counts are what the import would do. Progress is written every {@link #PROGRESS_EVERY} rows in a
 * transaction of its own.
 *
 * <p>The one transaction must not mean one ever-growing persistence context: Hibernate dirty-checks every managed
 * entity before every query, so the time per row would grow with the rows done and the import's time with the square
 * of its rows. The check therefore runs without flushing before queries, and the rows are applied in batches of
 * {@link #CLEAR_EVERY}, after each of which every module's persistence context is flushed and cleared
 * ({@link ImportPersistence}). The transaction stays open: a refusal after several batches still rolls back all of
 * them, and Envers writes the audit rows of every batch at the commit.
 */
@ApplicationScoped
public class ImportRunner {

    /** How often (in rows) the run's progress is written. */
    static final int PROGRESS_EVERY = 50;

    /** How many rows are applied between two flushes and clears of the persistence contexts. */
    static final int CLEAR_EVERY = 200;

    /** The import's transaction may take this long (the server's default of 5 minutes is too short for 50,000 rows). */
    static final int TIMEOUT_SECONDS = 60 * 60;

    private static final Logger LOG = Logger.getLogger(ImportRunner.class.getName());

    @Inject
    ImportRunRecords records;

    @Inject
    Instance<RequestContextController> requestContexts;

    @Resource(lookup = "java:jboss/UserTransaction")
    UserTransaction transaction;

    @Inject
    Instance<ImportPersistence> persistence;

    /** The outcome of the check-and-apply step, before it is recorded. */
    record Outcome(List<RowProblem> problems, Map<RowOutcome, Integer> counts) {
    }

    /** Runs the import of {@code runId} to its end and records the outcome; never throws. */
    public void run(long runId, ImportKind kind, ImportSheet sheet, Caller caller, boolean dryRun) {
        RequestContextController context = requestContexts.get();
        boolean activated = context.activate();
        try {
            Outcome outcome = checkAndApply(runId, kind, sheet, caller, dryRun);
            if (outcome.problems().isEmpty()) {
                records.done(runId, outcome.counts().get(RowOutcome.CREATED), outcome.counts().get(RowOutcome.UPDATED),
                        outcome.counts().get(RowOutcome.UNCHANGED));
            } else {
                records.refused(runId, outcome.problems());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Import " + runId + " (" + kind.key() + ") failed", e);
            try {
                records.failed(runId, "De import is onverwacht gestopt; er is niets veranderd. ("
                        + e.getClass().getSimpleName() + ")");
            } catch (RuntimeException again) {
                LOG.log(Level.SEVERE, "Import " + runId + ": its failure could not be recorded", again);
            }
        } finally {
            if (activated) {
                context.deactivate();
            }
            requestContexts.destroy(context);
        }
    }

    Outcome checkAndApply(long runId, ImportKind kind, ImportSheet sheet, Caller caller, boolean dryRun) {
        ImportHeaders headers = ImportHeaders.match(sheet.headers(), kind.columns());
        Map<RowOutcome, Integer> counts = new EnumMap<>(RowOutcome.class);
        for (RowOutcome o : RowOutcome.values()) {
            counts.put(o, 0);
        }
        if (!headers.problems().isEmpty()) {
            return new Outcome(headers.problems(), counts);
        }
        List<RowProblem> problems = new ArrayList<>();
        List<ImportRow> rows = headers.rows(sheet, problems);
        try {
            transaction.setTransactionTimeout(TIMEOUT_SECONDS);
            transaction.begin();
            boolean completed = false;
            try {
                units().forEach(ImportPersistence::checking);
                problems.addAll(kind.check(rows, caller));
                flushAndClear();
                if (problems.isEmpty()) {
                    apply(runId, kind, rows, caller, counts, problems);
                }
                completed = true;
            } finally {
                if (completed && problems.isEmpty() && !dryRun
                        && transaction.getStatus() == Status.STATUS_ACTIVE) {
                    transaction.commit();
                } else if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                    transaction.rollback();
                }
            }
        } catch (jakarta.transaction.RollbackException e) {
            problems.add(new RowProblem(0, null, "rolled-back", "De database weigerde de import bij het afsluiten;"
                    + " er is niets veranderd."));
        } catch (jakarta.transaction.NotSupportedException | SystemException
                 | jakarta.transaction.HeuristicMixedException | jakarta.transaction.HeuristicRollbackException e) {
            throw new IllegalStateException("transaction", e);
        } finally {
            try {
                transaction.setTransactionTimeout(0);
            } catch (SystemException e) {
                LOG.log(Level.FINE, "could not reset the transaction timeout", e);
            }
        }
        problems.sort(Comparator.comparingInt(RowProblem::line));
        return new Outcome(problems, counts);
    }

    /** Applies the rows one by one; stops at the first the owning service refuses (the rest cannot be trusted). */
    private void apply(long runId, ImportKind kind, List<ImportRow> rows, Caller caller,
                       Map<RowOutcome, Integer> counts, List<RowProblem> problems) {
        int done = 0;
        for (ImportRow row : rows) {
            List<RowProblem> refused = refusal(kind, row, () -> {
                RowOutcome outcome = kind.apply(row, caller);
                counts.merge(outcome, 1, Integer::sum);
            });
            if (!refused.isEmpty()) {
                problems.addAll(refused);
                if (done + 1 < rows.size()) {
                    problems.add(new RowProblem(row.line(), null, "stopped", "De regels na regel " + row.line()
                            + " zijn niet meer nagekeken: de import stopt bij de eerste regel die niet kan."));
                }
                return;
            }
            done++;
            if (done % CLEAR_EVERY == 0 && done < rows.size()) {
                flushAndClear();
            }
            if (done % PROGRESS_EVERY == 0 && done < rows.size()) {
                records.progress(runId, done);
            }
        }
    }

    /**
     * Writes what the rows so far changed and forgets every entity: every unit is flushed before any is cleared,
     * since flushing one may, through its entity listeners, change what another holds.
     */
    private void flushAndClear() {
        units().forEach(ImportPersistence::flush);
        units().forEach(ImportPersistence::clear);
    }

    /** Every module's persistence unit. */
    Iterable<ImportPersistence> units() {
        return persistence;
    }

    /** The problems of one row that the owning service refused, or none. */
    static List<RowProblem> refusal(ImportKind kind, ImportRow row, Runnable apply) {
        try {
            apply.run();
            return List.of();
        } catch (InvalidInputException e) {
            List<RowProblem> problems = new ArrayList<>();
            for (FieldViolation v : e.violations()) {
                String column = columnOf(kind, v.field());
                problems.add(new RowProblem(row.line(), column, v.code(), column == null && v.field() != null
                        ? v.field() + ": " + v.message() : v.message()));
            }
            return problems;
        } catch (ConflictException e) {
            return List.of(new RowProblem(row.line(), null, e.code(), e.getMessage()));
        } catch (NotFoundException e) {
            return List.of(new RowProblem(row.line(), null, "not-found", e.getMessage()));
        } catch (ForbiddenException e) {
            return List.of(new RowProblem(row.line(), null, "forbidden", e.getMessage()));
        } catch (ConcurrentModificationException e) {
            return List.of(new RowProblem(row.line(), null, "changed-meanwhile", "Iemand anders wijzigde dit record"
                    + " tijdens de import; probeer opnieuw."));
        }
    }

    /** The kind's column a service's field names (case, accents and separators ignored), or null. */
    static String columnOf(ImportKind kind, String field) {
        if (field == null) {
            return null;
        }
        String folded = ImportHeaders.fold(field);
        return kind.columns().stream().map(ImportColumn::name).filter(n -> ImportHeaders.fold(n).equals(folded))
                .findFirst().orElse(null);
    }
}
