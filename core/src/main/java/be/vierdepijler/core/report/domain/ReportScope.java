package be.vierdepijler.core.report.domain;

import java.util.Set;

/**
 * What one set of aggregated figures counts, as the database narrows it: everything, some networks, or one
 * municipality. It holds no person and says nothing about who asked; deciding a caller's scope is
 * {@link be.vierdepijler.core.report.application.TrajectoryReports#scope}.
 *
 * @param networkIds      the networks counted; null when not narrowed by network
 * @param municipalityNis the municipality counted; null when not narrowed by municipality
 */
public record ReportScope(Set<String> networkIds, String municipalityNis) {

    public ReportScope {
        networkIds = networkIds == null ? null : Set.copyOf(networkIds);
    }

    public static ReportScope everything() {
        return new ReportScope(null, null);
    }

    public static ReportScope networks(Set<String> networkIds) {
        return new ReportScope(networkIds, null);
    }

    public static ReportScope municipality(String nisCode) {
        return new ReportScope(null, nisCode);
    }

    /**
     * The networks as an SQL {@code in} list: an empty list is not portable SQL, so a value that matches no network
     * stands in for it.
     */
    public Set<String> networkIdsForQuery() {
        return networkIds == null || !networkIds.isEmpty() ? networkIds : Set.of("");
    }
}
