package be.vierdepijler.core.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.core.newcomer.domain.IntegrationStatus;
import be.vierdepijler.core.trajectory.domain.TrajectoryStatus;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TrajectoryFiguresTest {

    private static CategoryFigures category(String type, String id, String hours, String month) {
        return new CategoryFigures(type, id, new BigDecimal(hours), new BigDecimal(month));
    }

    @Test
    void missingGroupsCountZeroAndTotalsAddUp() {
        TrajectoryFigures figures = new TrajectoryFigures(YearMonth.of(2026, 11),
                Map.of(IntegrationStatus.OBLIGED, 3L),
                Map.of(TrajectoryStatus.INTAKE, 1L, TrajectoryStatus.ACTIVE, 2L, TrajectoryStatus.COMPLETED, 4L),
                Map.of(IntegrationStatus.ENTITLED, 4L), List.of());
        assertThat(figures.newcomers()).containsEntry(IntegrationStatus.ENTITLED, 0L);
        assertThat(figures.newcomersTotal()).isEqualTo(3);
        assertThat(figures.trajectories()).containsEntry(TrajectoryStatus.STOPPED, 0L);
        assertThat(figures.trajectoriesTotal()).isEqualTo(7);
        assertThat(figures.running()).isEqualTo(3);
        assertThat(figures.completedTotal()).isEqualTo(4);
        assertThat(figures.confirmedHours()).isEqualByComparingTo("0");
        assertThat(figures.hoursThisMonth()).isEqualByComparingTo("0");
    }

    @Test
    void categoriesComeMostHoursFirstWithTheirShareToOneDecimal() {
        CategoryFigures volunteering = category("volunteering", "volunteering", "30.00", "2.00");
        CategoryFigures group = category("alternative", "conversation-group", "34.00", "4.50");
        CategoryFigures internship = category("internship", "internship", "3.00", "0.00");
        TrajectoryFigures figures = new TrajectoryFigures(YearMonth.of(2026, 11), Map.of(), Map.of(), Map.of(),
                List.of(internship, volunteering, group));
        assertThat(figures.categories()).containsExactly(group, volunteering, internship);
        assertThat(figures.confirmedHours()).isEqualByComparingTo("67");
        assertThat(figures.hoursThisMonth()).isEqualByComparingTo("6.5");
        assertThat(figures.percentOf(group)).isEqualTo(new BigDecimal("50.7"));
        assertThat(figures.percentOf(volunteering)).isEqualTo(new BigDecimal("44.8"));
        assertThat(figures.percentOf(internship)).isEqualTo(new BigDecimal("4.5"));
    }

    @Test
    void aScopeWithoutNetworksMatchesNoNetworkInSql() {
        assertThat(ReportScope.networks(Set.of()).networkIdsForQuery()).containsExactly("");
        assertThat(ReportScope.networks(Set.of("westhoek")).networkIdsForQuery()).containsExactly("westhoek");
        assertThat(ReportScope.everything().networkIdsForQuery()).isNull();
    }
}
