package be.vierdepijler.core.trajectory.domain;

import java.time.LocalDate;

/** What a list of hour entries is narrowed to; every field optional. */
public record HourFilter(Long placementId, HourStatus status, LocalDate from, LocalDate to) {
}
