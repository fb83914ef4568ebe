package be.vierdepijler.core.report.infrastructure.jpa;

import be.vierdepijler.core.report.domain.DemandRepository;
import be.vierdepijler.core.report.domain.InterestCount;
import be.vierdepijler.core.report.domain.WaitingCount;
import be.vierdepijler.core.spi.DutchLevel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The waiting newcomers of one network, read in one query and counted here by level of Dutch and by interest (a
 * newcomer once per group, even with two open trajectories). The open trajectories of the network and their newcomers
 * come from {@code ix_trajectory_network} (network, status, id, newcomer) alone; each newcomer's municipality, level
 * and erasure from {@code ix_newcomer_waiting} alone; "no running placement" from {@code ix_placement_running}
 * (trajectory, status) alone; the interests from the key of {@code newcomer_interest}. Reading them once instead of
 * grouping twice in SQL (once per count) halves the work: at the full volume (limburg: 12,415 open trajectories, 7,597
 * newcomers waiting, docs/benchmarks.md) each pass is ~110,000 index probes.
 */
@ApplicationScoped
public class JpaDemandRepository implements DemandRepository {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    public Waiting waiting(String networkId, String municipalityNis) {
        Map<List<String>, Set<Long>> byLevel = new LinkedHashMap<>();
        Map<List<String>, Set<Long>> byInterest = new LinkedHashMap<>();
        for (Object[] r : rows("select n.id, n.municipality_nis, n.dutch_level, i.interest"
                + waitingSql(" left join newcomer_interest i on i.newcomer_id = n.id", municipalityNis), networkId,
                municipalityNis)) {
            long id = ((Number) r[0]).longValue();
            byLevel.computeIfAbsent(Arrays.asList((String) r[1], (String) r[2]), k -> new HashSet<>()).add(id);
            if (r[3] != null) {
                byInterest.computeIfAbsent(Arrays.asList((String) r[1], (String) r[3]), k -> new HashSet<>()).add(id);
            }
        }
        List<WaitingCount> levels = new ArrayList<>();
        byLevel.forEach((k, ids) -> levels.add(new WaitingCount(k.get(0), k.get(1) == null ? null
                : DutchLevel.parse(k.get(1)).orElse(null), ids.size())));
        List<InterestCount> interests = new ArrayList<>();
        byInterest.forEach((k, ids) -> interests.add(new InterestCount(k.get(0), k.get(1), ids.size())));
        return new Waiting(levels, interests);
    }

    /**
     * The newcomers waiting: open trajectory in intake, or active without a running placement; not erased. The status
     * of the trajectory is asked inside the {@code not exists} rather than beside it with {@code or}: only a
     * {@code not exists} that stands alone becomes an anti-join (on PostgreSQL one index-only probe of
     * {@code ix_placement_running} per trajectory instead of a scan of every running placement).
     *
     * @param join more tables joined to {@code newcomer n}; empty for none
     */
    private static String waitingSql(String join, String municipalityNis) {
        return " from trajectory t join newcomer n on n.id = t.newcomer_id" + join
                + " where t.network_id = :network and t.status in ('INTAKE', 'ACTIVE') and n.erased_at is null"
                + " and not exists (select 1 from placement p where p.trajectory_id = t.id and p.status = 'ACTIVE'"
                + " and t.status = 'ACTIVE')"
                + (municipalityNis == null ? "" : " and n.municipality_nis = :nis");
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String networkId, String municipalityNis) {
        Query query = em.createNativeQuery(sql).setParameter("network", networkId);
        if (municipalityNis != null) {
            query.setParameter("nis", municipalityNis);
        }
        return query.getResultList();
    }
}
