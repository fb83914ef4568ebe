package be.vierdepijler.core.imports.application;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.access.Role;
import be.vierdepijler.core.imports.domain.ImportColumn;
import be.vierdepijler.core.imports.domain.ImportFormat;
import be.vierdepijler.core.imports.domain.ImportKind;
import be.vierdepijler.core.imports.domain.ImportPersistence;
import be.vierdepijler.core.imports.domain.ImportRow;
import be.vierdepijler.core.imports.domain.ImportSheet;
import be.vierdepijler.core.imports.domain.RowOutcome;
import be.vierdepijler.core.imports.domain.RowProblem;
import be.vierdepijler.core.shared.ConflictException;
import be.vierdepijler.core.shared.InvalidInputException;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The all-or-nothing rule: check every row first, apply in one transaction, any problem or a dry run rolls back. */
class ImportRunnerTest {

    private static final Caller ADMIN = new Caller(1, "admin", Role.ADMINISTRATOR, Set.of(), null, null);

    private final FakeTransaction transaction = new FakeTransaction();
    private final List<Integer> progress = new ArrayList<>();
    /** What the persistence units were asked, and (through {@link Kind#events}) when the kind checked and applied. */
    private final List<String> events = new ArrayList<>();
    private final List<ImportPersistence> units = new ArrayList<>(List.of(new Unit("core", events)));
    private ImportRunner runner;

    @BeforeEach
    void setUp() {
        runner = new ImportRunner() {
            @Override
            Iterable<ImportPersistence> units() {
                return units;
            }
        };
        runner.transaction = transaction;
        runner.records = new ImportRunRecords() {
            @Override
            public void progress(long id, int rowsDone) {
                progress.add(rowsDone);
            }
        };
    }

    /** A kind whose rows name an outcome or a refusal in the column {@code wat}. */
    private static final class Kind implements ImportKind {
        final List<Integer> applied = new ArrayList<>();
        List<String> events = new ArrayList<>();

        public String key() {
            return "test";
        }

        public String label() {
            return "Testen";
        }

        public List<ImportColumn> columns() {
            return List.of(ImportColumn.required("wat", "wat", "created"), ImportColumn.optional("naam", "n", "x"));
        }

        public boolean mayImport(Caller caller) {
            return true;
        }

        public List<RowProblem> check(List<ImportRow> rows, Caller caller) {
            events.add("check");
            return rows.stream().filter(r -> r.get("wat").equals("bad"))
                    .map(r -> new RowProblem(r.line(), "wat", "bad", "slecht")).toList();
        }

        public RowOutcome apply(ImportRow row, Caller caller) {
            applied.add(row.line());
            events.add("apply");
            return switch (row.get("wat")) {
                case "refused" -> throw new InvalidInputException("Naam", "too-long", "Te lang.");
                case "refused-elsewhere" -> throw new InvalidInputException("contact.email", "invalid", "Fout.");
                case "conflict" -> throw new ConflictException("taken", "Bestaat al.");
                default -> RowOutcome.valueOf(row.get("wat").toUpperCase());
            };
        }
    }

    private static ImportSheet sheet(String... whats) {
        List<ImportSheet.RawRow> rows = new ArrayList<>();
        for (int i = 0; i < whats.length; i++) {
            rows.add(new ImportSheet.RawRow(i + 2, List.of(whats[i], "r" + i)));
        }
        return new ImportSheet(ImportFormat.CSV, List.of("wat", "naam"), rows);
    }

    @Test
    void aCleanFileIsAppliedRowByRowInOneTransactionThatCommits() {
        Kind kind = new Kind();
        var outcome = runner.checkAndApply(1, kind, sheet("created", "updated", "unchanged", "created"), ADMIN, false);
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.counts()).containsEntry(RowOutcome.CREATED, 2).containsEntry(RowOutcome.UPDATED, 1)
                .containsEntry(RowOutcome.UNCHANGED, 1);
        assertThat(kind.applied).containsExactly(2, 3, 4, 5);
        assertThat(transaction.log).containsExactly("begin", "commit");
    }

    @Test
    void aDryRunTakesTheSameStepsAndAlwaysRollsBack() {
        Kind kind = new Kind();
        var outcome = runner.checkAndApply(1, kind, sheet("created", "unchanged"), ADMIN, true);
        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.counts()).containsEntry(RowOutcome.CREATED, 1).containsEntry(RowOutcome.UNCHANGED, 1);
        assertThat(kind.applied).containsExactly(2, 3);
        assertThat(transaction.log).containsExactly("begin", "rollback");
    }

    @Test
    void aProblemInAnyRowFoundByTheCheckMeansNoRowIsAppliedAndEveryBadRowIsListed() {
        Kind kind = new Kind();
        var outcome = runner.checkAndApply(1, kind, sheet("created", "bad", "created", "bad"), ADMIN, false);
        assertThat(outcome.problems()).extracting(RowProblem::line).containsExactly(3, 5);
        assertThat(kind.applied).isEmpty();
        assertThat(transaction.log).containsExactly("begin", "rollback");
    }

    @Test
    void aRowTheServiceRefusesWhileApplyingRollsBackTheRowsBeforeIt() {
        Kind kind = new Kind();
        var outcome = runner.checkAndApply(1, kind, sheet("created", "refused", "created"), ADMIN, false);
        assertThat(outcome.problems()).first().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.code()).isEqualTo("too-long");
            assertThat(p.column()).as("a field that names a column (ignoring case) is that column").isEqualTo("naam");
        });
        assertThat(outcome.problems()).extracting(RowProblem::code).containsExactly("too-long", "stopped");
        assertThat(kind.applied).containsExactly(2, 3);
        assertThat(transaction.log).containsExactly("begin", "rollback");
    }

    @Test
    void aRefusalAtAFieldThatIsNoColumnKeepsTheFieldInTheReasonAndAConflictIsAProblemToo() {
        var refused = runner.checkAndApply(1, new Kind(), sheet("refused-elsewhere"), ADMIN, false);
        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isNull();
            assertThat(p.reason()).isEqualTo("contact.email: Fout.");
        });
        var conflict = runner.checkAndApply(1, new Kind(), sheet("created", "conflict"), ADMIN, false);
        assertThat(conflict.problems()).singleElement().extracting(RowProblem::code).isEqualTo("taken");
    }

    @Test
    void anUnexpectedErrorRollsBackToo() {
        Kind kind = new Kind();
        try {
            runner.checkAndApply(1, kind, sheet("created", "nonsense"), ADMIN, false);
        } catch (IllegalArgumentException expected) {
            // RowOutcome.valueOf("NONSENSE")
        }
        assertThat(transaction.log).containsExactly("begin", "rollback");
    }

    @Test
    void writesProgressEveryFiftyRows() {
        String[] rows = new String[120];
        java.util.Arrays.fill(rows, "unchanged");
        runner.checkAndApply(1, new Kind(), sheet(rows), ADMIN, false);
        assertThat(progress).containsExactly(50, 100);
    }

    @Test
    void aHeaderProblemStopsBeforeAnyTransaction() {
        ImportSheet sheet = new ImportSheet(ImportFormat.CSV, List.of("naam", "kleur"),
                List.of(new ImportSheet.RawRow(2, List.of("a", "b"))));
        var outcome = runner.checkAndApply(1, new Kind(), sheet, ADMIN, false);
        assertThat(outcome.problems()).extracting(RowProblem::code).containsExactly("unknown-column",
                "missing-column");
        assertThat(transaction.log).isEmpty();
    }

    /** The events with every run of "apply" folded into one "apply xN". */
    private List<String> folded() {
        List<String> folded = new ArrayList<>();
        int applies = 0;
        for (String e : events) {
            if (e.equals("apply")) {
                applies++;
                continue;
            }
            if (applies > 0) {
                folded.add("apply x" + applies);
                applies = 0;
            }
            folded.add(e);
        }
        if (applies > 0) {
            folded.add("apply x" + applies);
        }
        return folded;
    }

    private static String[] rows(int count, String what, String last) {
        String[] rows = new String[count];
        java.util.Arrays.fill(rows, what);
        rows[count - 1] = last;
        return rows;
    }

    @Test
    void theCheckRunsWithoutFlushingBeforeQueriesAndTheRowsAreAppliedInBatchesThatAreFlushedAndCleared() {
        Kind kind = new Kind();
        kind.events = events;
        var outcome = runner.checkAndApply(1, kind, sheet(rows(450, "created", "created")), ADMIN, false);
        assertThat(outcome.counts()).containsEntry(RowOutcome.CREATED, 450);
        assertThat(folded()).containsExactly("core:checking", "check", "core:flush", "core:clear",
                "apply x200", "core:flush", "core:clear", "apply x200", "core:flush", "core:clear", "apply x50");
        assertThat(transaction.log).as("one transaction, however many batches").containsExactly("begin", "commit");
    }

    @Test
    void aFileOfWholeBatchesIsNotClearedAfterItsLastRowTheCommitWritesThat() {
        Kind kind = new Kind();
        kind.events = events;
        runner.checkAndApply(1, kind, sheet(rows(400, "unchanged", "unchanged")), ADMIN, false);
        assertThat(folded()).endsWith("apply x200", "core:flush", "core:clear", "apply x200");
    }

    @Test
    void aRowRefusedAfterSeveralBatchesStillRollsBackEveryBatch() {
        Kind kind = new Kind();
        kind.events = events;
        var outcome = runner.checkAndApply(1, kind, sheet(rows(450, "created", "refused")), ADMIN, false);
        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(451);
            assertThat(p.code()).isEqualTo("too-long");
        });
        assertThat(folded()).containsSubsequence("apply x200", "core:clear", "apply x200", "core:clear", "apply x50");
        assertThat(transaction.log).containsExactly("begin", "rollback");
    }

    @Test
    void aDryRunOfSeveralBatchesRollsBackToo() {
        Kind kind = new Kind();
        kind.events = events;
        runner.checkAndApply(1, kind, sheet(rows(450, "created", "created")), ADMIN, true);
        assertThat(events).contains("core:clear");
        assertThat(transaction.log).containsExactly("begin", "rollback");
    }

    @Test
    void everyUnitIsFlushedBeforeAnyIsCleared() {
        units.add(new Unit("regions", events));
        runner.checkAndApply(1, new Kind(), sheet(rows(201, "created", "created")), ADMIN, false);
        assertThat(events).containsExactly("core:checking", "regions:checking",
                "core:flush", "regions:flush", "core:clear", "regions:clear",
                "core:flush", "regions:flush", "core:clear", "regions:clear");
    }

    /** Records what the runner asks of one persistence unit. */
    private record Unit(String name, List<String> events) implements ImportPersistence {

        public void checking() {
            events.add(name + ":checking");
        }

        public void flush() {
            events.add(name + ":flush");
        }

        public void clear() {
            events.add(name + ":clear");
        }
    }

    /** Records what the runner asks of its transaction. */
    private static final class FakeTransaction implements UserTransaction {
        final List<String> log = new ArrayList<>();
        int status = Status.STATUS_NO_TRANSACTION;

        public void begin() {
            log.add("begin");
            status = Status.STATUS_ACTIVE;
        }

        public void commit() {
            log.add("commit");
            status = Status.STATUS_NO_TRANSACTION;
        }

        public void rollback() {
            log.add("rollback");
            status = Status.STATUS_NO_TRANSACTION;
        }

        public void setRollbackOnly() {
            status = Status.STATUS_MARKED_ROLLBACK;
        }

        public int getStatus() {
            return status;
        }

        public void setTransactionTimeout(int seconds) {
            // not needed
        }
    }
}
