package be.vierdepijler.core.report.domain;

import be.vierdepijler.core.newcomer.domain.IntegrationStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The aggregates behind the agency's reports over a period (issue 13): each a {@code GROUP BY} in the database over the
 * scoped rows, never a person. Groups without rows are absent. Periods are inclusive at both ends.
 */
public interface PeriodReportRepository {

    /** Trajectories of one network and integration status. */
    record NetworkCount(String networkId, IntegrationStatus status, long count) {
    }

    /** Confirmed hours of one trajectory type's reporting category. */
    record CategoryHours(String typeId, String categoryId, BigDecimal hours) {
    }

    /** A count or a sum of one network in one month. */
    record MonthFigure(String networkId, YearMonth month, BigDecimal value) {
    }

    /** Buddies counted of one municipality: all who take part, and of them those who may be matched now. */
    record BuddyCount(String municipalityNis, long buddies, long mayBeMatched) {
    }

    /** Buddies counted who named one code (a language, a time slot or an interest). */
    record CodeCount(String code, long buddies) {
    }

    /** Trajectories completed (on the day their confirmed hours reached the target) from {@code from} to {@code to}. */
    List<NetworkCount> completed(ReportScope scope, LocalDate from, LocalDate to);

    /** Trajectories open on the day: opened on or before it, and not closed (completed, stopped, exempted) by then. */
    List<NetworkCount> running(ReportScope scope, LocalDate on);

    /** Confirmed hours worked from {@code from} to {@code to}, per type and reporting category. */
    List<CategoryHours> confirmedHours(ReportScope scope, LocalDate from, LocalDate to);

    /** Completions per network and month (of the completion day). */
    List<MonthFigure> completedPerMonth(ReportScope scope, LocalDate from, LocalDate to);

    /** Confirmed hours per network and month (of the day they were worked). */
    List<MonthFigure> confirmedHoursPerMonth(ReportScope scope, LocalDate from, LocalDate to);

    /**
     * Buddies who take part per municipality: not erased, status active, not refused at screening, consenting to
     * matching; "may be matched" adds screened and trained (the rule of {@code Buddy#isAvailable()}).
     */
    List<BuddyCount> buddiesPerMunicipality(ReportScope scope);

    /** Of the same buddies, how many speak each language. */
    List<CodeCount> buddyLanguages(ReportScope scope);

    /** Of the same buddies, how many are available at each time slot. */
    List<CodeCount> buddyAvailability(ReportScope scope);

    /** Of the same buddies, how many named each interest. */
    List<CodeCount> buddyInterests(ReportScope scope);
}
