package be.vierdepijler.web.api.buddy;

import be.vierdepijler.core.buddy.application.BuddyReport;
import be.vierdepijler.core.buddy.domain.BuddyCounts;
import java.util.List;

/** The aggregated buddy report: one row per province or network, and the total. No person in it. */
public record BuddyReportDto(String by, List<Row> groups, Row total) {

    /**
     * The counts of one group (see {@link BuddyCounts} for each definition).
     *
     * @param id   province code ({@code brussel} for the Brussels municipalities) or network id; {@code total} for
     *             the total
     */
    public record Row(String id, String name, long registered, long awaitingScreening, long screened, long refused,
                      long trained, long active, long available, long totalCapacity, long duosRunning,
                      long freeDuos) {

        static Row of(String id, String name, BuddyCounts c) {
            return new Row(id, name, c.registered(), c.awaitingScreening(), c.screened(), c.refused(), c.trained(),
                    c.active(), c.available(), c.totalCapacity(), c.duosRunning(), c.freeDuos());
        }
    }

    static BuddyReportDto of(BuddyReport report) {
        return new BuddyReportDto(report.by(), report.groups().stream()
                .map(g -> Row.of(g.id(), g.name(), g.counts())).toList(), Row.of("total", "Totaal", report.total()));
    }
}
