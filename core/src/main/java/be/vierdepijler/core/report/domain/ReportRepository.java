package be.vierdepijler.core.report.domain;

import java.time.YearMonth;

/** Aggregates over trajectories, newcomers and hour entries, grouped and summed in the database. */
public interface ReportRepository {

    /**
     * @param month the month whose confirmed hours (by the day they were worked) count as "this month"
     */
    TrajectoryFigures trajectoryFigures(ReportScope scope, YearMonth month);
}
