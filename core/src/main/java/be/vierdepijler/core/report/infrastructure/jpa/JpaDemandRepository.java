package be.vierdepijler.core.report.infrastructure.jpa;

import be.vierdepijler.core.report.domain.DemandRepository;
import be.vierdepijler.core.report.domain.InterestCount;
import be.vierdepijler.core.report.domain.WaitingCount;
import be.vierdepijler.core.spi.DutchLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;

/**
 * The waiting newcomers of one network, grouped in SQL. The open trajectories of the network are found through
 * {@code ix_trajectory_network} (network, status); each one's newcomer by its key; "no running placement" through
 * {@code ix_placement_running} (trajectory, status), which answers it from the index alone; the interests through the
 * key of {@code newcomer_interest}. A newcomer is counted once per group even if they had two open trajectories.
 */
@ApplicationScoped
public class JpaDemandRepository implements DemandRepository {

    /** Newcomers waiting: open trajectory in intake, or active without a running placement; not erased. */
    private static final String WAITING = " from trajectory t join newcomer n on n.id = t.newcomer_id"
            + " where t.network_id = :network and t.status in ('INTAKE', 'ACTIVE') and n.erased_at is null"
            + " and (t.status = 'INTAKE' or not exists (select 1 from placement p where p.trajectory_id = t.id"
            + " and p.status = 'ACTIVE'))";

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    public List<WaitingCount> waitingByDutchLevel(String networkId, String municipalityNis) {
        return rows("select n.municipality_nis, n.dutch_level, count(distinct n.id)" + WAITING
                + narrowed(municipalityNis) + " group by n.municipality_nis, n.dutch_level", networkId,
                municipalityNis).stream()
                .map(r -> new WaitingCount((String) r[0], r[1] == null ? null
                        : DutchLevel.parse((String) r[1]).orElse(null), count(r[2])))
                .toList();
    }

    @Override
    public List<InterestCount> waitingByInterest(String networkId, String municipalityNis) {
        return rows("select n.municipality_nis, i.interest, count(distinct n.id)"
                + WAITING.replace(" where ", " join newcomer_interest i on i.newcomer_id = n.id where ")
                + narrowed(municipalityNis) + " group by n.municipality_nis, i.interest", networkId,
                municipalityNis).stream()
                .map(r -> new InterestCount((String) r[0], (String) r[1], count(r[2])))
                .toList();
    }

    private static String narrowed(String municipalityNis) {
        return municipalityNis == null ? "" : " and n.municipality_nis = :nis";
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String networkId, String municipalityNis) {
        Query query = em.createNativeQuery(sql).setParameter("network", networkId);
        if (municipalityNis != null) {
            query.setParameter("nis", municipalityNis);
        }
        return query.getResultList();
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
