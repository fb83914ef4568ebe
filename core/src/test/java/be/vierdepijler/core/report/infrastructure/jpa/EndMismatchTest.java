package be.vierdepijler.core.report.infrastructure.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.core.V2026120432__Trajectory_end_mismatch;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL plans the reports' corrections well only while their condition is exactly the expression the migration
 * made statistics and a partial index of: a change to one without the other brings back the parallel plan.
 */
class EndMismatchTest {

    @Test
    void theReportsConditionIsTheExpressionTheMigrationKeepsStatisticsOf() {
        assertThat(JpaPeriodReportRepository.END_MISMATCH.replace("t.", ""))
                .isEqualTo(V2026120432__Trajectory_end_mismatch.MISMATCH);
    }
}
