package be.vierdepijler.web.api.privacy;

import be.vierdepijler.core.privacy.application.RetentionRun;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a run of the retention job did: the period, the cutoff day, and per kind of person how many were due, erased
 * by this run, and failed; {@code erased} is the total this run erased.
 */
public record RetentionRunDto(int retentionMonths, LocalDate cutoff, String requestedBy, Instant startedAt,
                              Instant finishedAt, int erased, List<KindDto> kinds) {

    public record KindDto(String kind, int due, int erased, int failed) {
    }

    public static RetentionRunDto of(RetentionRun run) {
        return new RetentionRunDto(run.retentionMonths(), run.cutoff(), run.requestedBy(), run.startedAt(),
                run.finishedAt(), run.erased(), run.kinds().stream()
                .map(k -> new KindDto(k.kind(), k.due(), k.erased(), k.failed())).toList());
    }
}
