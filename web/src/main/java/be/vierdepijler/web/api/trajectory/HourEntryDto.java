package be.vierdepijler.web.api.trajectory;

import be.vierdepijler.core.trajectory.domain.HourEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An hour entry: pending, confirmed, rejected or lapsed (still pending when the trajectory closed), and by whom
 * ({@code decidedAs} contact-person or counsellor); {@code recordedAfterwards} when dated before the trajectory opened.
 */
public record HourEntryDto(long id, long placementId, LocalDate date, BigDecimal hours, String note,
                           String reportingCategory, String status, String reportedBy, Instant reportedAt,
                           String decidedBy, String decidedAs, Instant decidedAt, String rejectionReason,
                           boolean recordedAfterwards) {

    public static HourEntryDto of(HourEntry e) {
        return new HourEntryDto(e.id(), e.placementId(), e.date(), e.hours(), e.note(), e.reportingCategory(),
                e.status().code(), e.reportedBy(), e.reportedAt(), e.decidedBy(),
                e.decidedAs() == null ? null : e.decidedAs().code(), e.decidedAt(), e.rejectionReason(),
                e.recordedAfterwards());
    }
}
