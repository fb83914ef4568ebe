package be.vierdepijler.core.privacy.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What one run of the retention job did.
 *
 * @param retentionMonths the retention period
 * @param cutoff          whoever's part ended before this day was due
 * @param requestedBy     {@code retention} for the nightly run, {@code retention:<username>} for one an administrator
 *                        started
 * @param kinds           per kind of person: how many were due, how many this run erased, how many failed
 */
public record RetentionRun(int retentionMonths, LocalDate cutoff, String requestedBy, Instant startedAt,
                           Instant finishedAt, List<KindCount> kinds) {

    /**
     * @param due    people found past retention by this run
     * @param erased people this run pseudonymised; a person another run (another node) took at the same time counts
     *               as due here and as erased there
     * @param failed people whose erasure failed (logged; tried again at the next run)
     */
    public record KindCount(String kind, int due, int erased, int failed) {
    }

    public int erased() {
        return kinds.stream().mapToInt(KindCount::erased).sum();
    }
}
