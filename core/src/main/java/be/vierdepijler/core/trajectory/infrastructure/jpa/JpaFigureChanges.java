package be.vierdepijler.core.trajectory.infrastructure.jpa;

import be.vierdepijler.core.newcomer.domain.IntegrationStatus;
import be.vierdepijler.core.newcomer.domain.IntegrationStatusChanges;
import be.vierdepijler.core.shared.infrastructure.Jdbc;
import be.vierdepijler.core.trajectory.domain.FigureChanges;
import be.vierdepijler.core.trajectory.domain.TrajectoryStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Appends the figures' changes to {@code hour_rollup_change} and {@code trajectory_rollup_change} over JDBC on the
 * persistence context's connection (the entity listeners call it while Hibernate flushes, when a JPA query would flush
 * again). Inserts only, with one exception: a change of a trajectory's count and a change of its newcomer's
 * integration status take the newcomer's row first ({@link #lockNewcomer}), so that they happen one after the other;
 * {@code report.infrastructure.jpa.JpaFigureRollups} folds the changes.
 */
@ApplicationScoped
public class JpaFigureChanges implements FigureChanges, IntegrationStatusChanges {

    private static final String HOURS = "insert into hour_rollup_change (network_id, municipality_nis, worked_month, type_id,"
            + " reporting_category, hours) ";
    private static final String TRAJECTORIES = "insert into trajectory_rollup_change (network_id, municipality_nis,"
            + " status, integration_status, trajectories) ";
    private static final String MONTH = "cast(date_trunc('month', e.work_date) as date)";

    /**
     * The trajectories per network, municipality, status and integration status as of now: the roll-up and the
     * changes not yet folded into it, to be read in one statement (one snapshot) and summed.
     */
    public static final String TRAJECTORY_COUNTS = "select network_id, municipality_nis, status, integration_status,"
            + " trajectories from trajectory_rollup union all select network_id, municipality_nis, status,"
            + " integration_status, trajectories from trajectory_rollup_change";

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    public void confirmedHours(String networkId, String municipalityNis, LocalDate month, long placementId,
                               String category, BigDecimal hours) {
        Jdbc.update(em, HOURS + "select ?, ?, ?, p.type_id, ?, ? from placement p where p.id = ?",
                List.of(networkId, municipalityNis, month, category, hours, placementId));
    }

    @Override
    public void trajectories(String networkId, String municipalityNis, TrajectoryStatus status, long newcomerId,
                             int delta) {
        lockNewcomer(newcomerId);
        Jdbc.update(em, TRAJECTORIES + "select ?, ?, ?, n.integration_status, ? from newcomer n where n.id = ?",
                List.of(networkId, municipalityNis, status.name(), (long) delta, newcomerId));
    }

    @Override
    public void moved(long trajectoryId, String fromNetwork, String fromMunicipality, String toNetwork,
                      String toMunicipality) {
        String confirmed = " from hour_entry e join placement p on p.id = e.placement_id"
                + " where e.trajectory_id = ? and e.status = 'CONFIRMED'"
                + " group by " + MONTH + ", p.type_id, e.reporting_category";
        Jdbc.update(em, HOURS + "select ?, ?, " + MONTH + ", p.type_id, e.reporting_category, -sum(e.hours)"
                + confirmed, List.of(fromNetwork, fromMunicipality, trajectoryId));
        Jdbc.update(em, HOURS + "select ?, ?, " + MONTH + ", p.type_id, e.reporting_category, sum(e.hours)"
                + confirmed, List.of(toNetwork, toMunicipality, trajectoryId));
    }

    /**
     * Takes the newcomer's row until the transaction ends. A trajectory's count is written under the integration
     * status its newcomer has, and a change of that status moves the count of the newcomer's trajectories as they
     * are: two transactions doing one each at the same moment would each read what the other has not committed yet,
     * and the trajectory would stay counted under the old status for good (RollupConsistencyIT). With the lock, the
     * second waits for the first to commit and then reads what it wrote (read committed). It is taken before anything
     * is read because the listeners run when Hibernate executes an entity's change, which with JDBC batching may be
     * before the change's own statement reaches the database (so that statement's row lock cannot serve). A new
     * trajectory's transaction holds the row already ({@code TrajectoryService.open}).
     */
    private void lockNewcomer(long newcomerId) {
        Jdbc.query(em, "select id from newcomer where id = ? for update", List.of(newcomerId), row -> row.getLong(1));
    }

    @Override
    public void opened(long trajectoryId, long newcomerId) {
        Jdbc.update(em, "insert into newcomer_repeat (newcomer_id) select n.id from newcomer n where n.id = ?"
                + " and exists (select 1 from trajectory t where t.newcomer_id = n.id and t.id <> ?)"
                + " and not exists (select 1 from newcomer_repeat r where r.newcomer_id = n.id)",
                List.of(newcomerId, trajectoryId));
    }

    @Override
    public void changed(long newcomerId, IntegrationStatus from, IntegrationStatus to) {
        lockNewcomer(newcomerId);
        String theirs = " from trajectory t where t.newcomer_id = ? group by t.network_id, t.municipality_nis, t.status";
        Jdbc.update(em, TRAJECTORIES + "select t.network_id, t.municipality_nis, t.status, ?, -count(*)" + theirs,
                List.of(from.name(), newcomerId));
        Jdbc.update(em, TRAJECTORIES + "select t.network_id, t.municipality_nis, t.status, ?, count(*)" + theirs,
                List.of(to.name(), newcomerId));
    }
}
