package be.vierdepijler.web.api.imports;

import be.vierdepijler.core.imports.domain.ImportRun;
import be.vierdepijler.core.imports.domain.RowProblem;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One import run.
 *
 * @param status       {@code running}, {@code done}, {@code refused} or {@code failed}
 * @param percent      rows applied in percent (100 once finished)
 * @param problemCount how many problems there were; {@code problems} holds the first 1,000 (none in a list)
 */
public record ImportRunDto(long id, String kind, String fileName, String format, boolean dryRun, String status,
                           int totalRows, int rowsDone, int percent, int created, int updated, int unchanged,
                           int problemCount, List<ProblemDto> problems, String startedBy, Instant startedAt,
                           Instant finishedAt) {

    /** Why one row cannot be imported: its line (1 is the header), column (or null for the row), code and reason. */
    public record ProblemDto(int line, String column, String code, String reason) {
        static ProblemDto of(RowProblem p) {
            return new ProblemDto(p.line(), p.column(), p.code(), p.reason());
        }
    }

    public static ImportRunDto of(ImportRun r, boolean withProblems) {
        return new ImportRunDto(r.id(), r.kind(), r.fileName(), r.format().name().toLowerCase(Locale.ROOT),
                r.dryRun(), r.status().name().toLowerCase(Locale.ROOT), r.totalRows(), r.rowsDone(), r.percent(),
                r.created(), r.updated(), r.unchanged(), r.problemCount(),
                withProblems ? r.problems().stream().map(ProblemDto::of).toList() : List.of(), r.startedBy(),
                r.startedAt(), r.finishedAt());
    }
}
