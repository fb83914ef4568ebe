package be.vierdepijler.core.imports.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One import (or dry run) of one file: what was asked, how far it got, and its outcome. Written in transactions of its
 * own, never in the import's, so that its progress is visible while the import runs and its problems survive the
 * import's rollback. Keeps at most {@link #MAX_PROBLEMS} problems (and their total count).
 */
@Entity
@Table(name = "import_run")
public class ImportRun {

    /** The most problems a run keeps; the count says how many there were. */
    public static final int MAX_PROBLEMS = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 60)
    private String kind;

    @Column(name = "file_name", length = 255)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ImportFormat format;

    @Column(name = "dry_run", nullable = false)
    private boolean dryRun;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ImportStatus status;

    @Column(name = "total_rows", nullable = false)
    private int totalRows;

    @Column(name = "rows_done", nullable = false)
    private int rowsDone;

    @Column(name = "created_count", nullable = false)
    private int created;

    @Column(name = "updated_count", nullable = false)
    private int updated;

    @Column(name = "unchanged_count", nullable = false)
    private int unchanged;

    @Column(name = "problem_count", nullable = false)
    private int problemCount;

    @Convert(converter = RowProblemsJson.class)
    @Column(length = 1_000_000)
    private List<RowProblem> problems = new ArrayList<>();

    @Column(name = "started_by", nullable = false, length = 80)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ImportRun() {
        // for JPA
    }

    public ImportRun(String kind, String fileName, ImportFormat format, boolean dryRun, int totalRows,
                     String startedBy, Instant startedAt) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.fileName = fileName == null || fileName.isBlank() ? null
                : fileName.strip().substring(0, Math.min(fileName.strip().length(), 255));
        this.format = Objects.requireNonNull(format, "format");
        this.dryRun = dryRun;
        this.totalRows = totalRows;
        this.startedBy = Objects.requireNonNull(startedBy, "startedBy");
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.status = ImportStatus.RUNNING;
    }

    /** Records how many rows have been applied so far. */
    public void progress(int rowsDone) {
        this.rowsDone = Math.min(rowsDone, totalRows);
    }

    /** Finished without problems: every row applied (or, in a dry run, applied and rolled back). */
    public void done(int created, int updated, int unchanged, Instant at) {
        this.created = created;
        this.updated = updated;
        this.unchanged = unchanged;
        this.rowsDone = totalRows;
        finish(ImportStatus.DONE, at);
    }

    /** Refused for these problems; nothing was written. */
    public void refused(List<RowProblem> found, Instant at) {
        this.problemCount = found.size();
        this.problems = new ArrayList<>(found.subList(0, Math.min(found.size(), MAX_PROBLEMS)));
        this.created = 0;
        this.updated = 0;
        this.unchanged = 0;
        finish(ImportStatus.REFUSED, at);
    }

    /** Stopped by an unexpected error; nothing was written. */
    public void failed(String reason, Instant at) {
        this.problems = new ArrayList<>(List.of(new RowProblem(0, null, "failed", reason)));
        this.problemCount = 1;
        finish(ImportStatus.FAILED, at);
    }

    private void finish(ImportStatus outcome, Instant at) {
        this.status = outcome;
        this.finishedAt = Objects.requireNonNull(at, "at");
    }

    public Long id() {
        return id;
    }

    public String kind() {
        return kind;
    }

    public String fileName() {
        return fileName;
    }

    public ImportFormat format() {
        return format;
    }

    public boolean dryRun() {
        return dryRun;
    }

    public ImportStatus status() {
        return status;
    }

    public int totalRows() {
        return totalRows;
    }

    public int rowsDone() {
        return rowsDone;
    }

    /** Rows done in percent, 0 to 100 (100 for a finished run, and for an empty file). */
    public int percent() {
        if (status != ImportStatus.RUNNING || totalRows == 0) {
            return status == ImportStatus.RUNNING ? 0 : 100;
        }
        return (int) Math.min(100, (100L * rowsDone) / totalRows);
    }

    public int created() {
        return created;
    }

    public int updated() {
        return updated;
    }

    public int unchanged() {
        return unchanged;
    }

    public int problemCount() {
        return problemCount;
    }

    public List<RowProblem> problems() {
        return List.copyOf(problems);
    }

    public String startedBy() {
        return startedBy;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant finishedAt() {
        return finishedAt;
    }
}
