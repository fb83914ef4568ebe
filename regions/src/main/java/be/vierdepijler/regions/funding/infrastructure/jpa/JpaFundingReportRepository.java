package be.vierdepijler.regions.funding.infrastructure.jpa;

import be.vierdepijler.regions.funding.domain.FundingReportRepository;
import be.vierdepijler.regions.funding.domain.ProjectStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Three queries per report, whatever the number of projects: the projects with their lead and extensions
 * aggregated, their trajectory types, and their commitments. A call has tens to hundreds of projects, so the
 * reports' totals are added up in Java from these rows.
 */
@ApplicationScoped
public class JpaFundingReportRepository implements FundingReportRepository {

    private static final String IN_SCOPE = " and (p.network_id in (:networks) or exists (select 1"
            + " from funding_project_municipality pm join municipality mu on mu.nis_code = pm.municipality_nis"
            + " where pm.project_id = p.id and mu.network_id in (:networks)))";

    @PersistenceContext(unitName = "regions")
    EntityManager em;

    @Override
    public List<ProjectFacts> projectsOfCall(long callId, Set<String> withinNetworks) {
        String scope = withinNetworks == null ? "" : IN_SCOPE;
        Map<String, Object> params = new HashMap<>();
        params.put("call", callId);
        if (withinNetworks != null) {
            params.put("networks", withinNetworks.isEmpty() ? Set.of("") : withinNetworks);
        }
        List<Object[]> projects = rows("select p.id, p.name, coalesce(o.name, p.lead_name), p.involved_governments,"
                + " p.network_id, p.status, p.awarded_amount, p.award_to_be_determined, p.award_maximum,"
                + " p.description, p.expected_result, p.start_date, p.end_date,"
                + " (select e.previous_end_date from funding_project_extension e where e.project_id = p.id"
                + "   and e.position = (select min(e2.position) from funding_project_extension e2"
                + "   where e2.project_id = p.id)),"
                + " (select count(*) from funding_project_extension e where e.project_id = p.id),"
                + " (select coalesce(sum(e.extra_amount), 0) from funding_project_extension e"
                + "   where e.project_id = p.id)"
                + " from funding_project p left join organisation o on o.id = p.lead_organisation_id"
                + " where p.call_id = :call" + scope + " order by p.name_search, p.id", params);
        Map<Long, Set<String>> types = new HashMap<>();
        for (Object[] r : rows("select t.project_id, t.type_id from funding_project_type t"
                + " join funding_project p on p.id = t.project_id where p.call_id = :call" + scope, params)) {
            types.computeIfAbsent(((Number) r[0]).longValue(), k -> new TreeSet<>()).add((String) r[1]);
        }
        Map<Long, Map<Integer, BigDecimal>> commitments = new HashMap<>();
        for (Object[] r : rows("select c.project_id, c.budget_year, sum(c.amount) from funding_project_commitment c"
                + " join funding_project p on p.id = c.project_id where p.call_id = :call" + scope
                + " group by c.project_id, c.budget_year", params)) {
            commitments.computeIfAbsent(((Number) r[0]).longValue(), k -> new TreeMap<>())
                    .put(((Number) r[1]).intValue(), decimal(r[2]));
        }
        List<ProjectFacts> facts = new ArrayList<>(projects.size());
        for (Object[] r : projects) {
            long id = ((Number) r[0]).longValue();
            LocalDate end = date(r[12]);
            LocalDate firstEnd = date(r[13]);
            facts.add(new ProjectFacts(id, (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    ProjectStatus.valueOf((String) r[5]), r[6] == null ? null : decimal(r[6]),
                    Boolean.TRUE.equals(r[7]), r[8] == null ? null : decimal(r[8]), (String) r[9], (String) r[10],
                    date(r[11]), end, firstEnd == null ? end : firstEnd, ((Number) r[14]).intValue(), decimal(r[15]),
                    types.getOrDefault(id, Set.of()), commitments.getOrDefault(id, Map.of())));
        }
        return facts;
    }

    @Override
    public List<NetworkAward> awardsPerNetwork(Long callId) {
        Map<String, Object> params = new HashMap<>();
        String call = "";
        if (callId != null) {
            call = " and p.call_id = :call";
            params.put("call", callId);
        }
        List<NetworkAward> awards = new ArrayList<>();
        for (Object[] r : rows("with project_network as ("
                + "   select p.id as project_id, p.network_id from funding_project p where p.network_id is not null"
                + "   union"
                + "   select pm.project_id, mu.network_id from funding_project_municipality pm"
                + "   join municipality mu on mu.nis_code = pm.municipality_nis"
                + "   join funding_project p on p.id = pm.project_id where p.network_id is null),"
                + " network_count as (select project_id, count(*) as n from project_network group by project_id)"
                + " select pn.network_id, f.funder, sum((coalesce(p.awarded_amount, 0)"
                + "   + (select coalesce(sum(e.extra_amount), 0) from funding_project_extension e"
                + "      where e.project_id = p.id)) * f.share_percent / 100 / nc.n)"
                + " from project_network pn join network_count nc on nc.project_id = pn.project_id"
                + " join funding_project p on p.id = pn.project_id"
                + " join funding_call_funder f on f.call_id = p.call_id"
                + " where p.status not in ('SUBMITTED', 'NOT_SELECTED')" + call
                + " group by pn.network_id, f.funder", params)) {
            awards.add(new NetworkAward((String) r[0], (String) r[1], decimal(r[2])));
        }
        return awards;
    }

    @Override
    public Optional<AllocationRef> allocation(Long id) {
        Map<String, Object> params = new HashMap<>();
        String where = " where a.id = (select max(id) from allocation)";
        if (id != null) {
            where = " where a.id = :id";
            params.put("id", id);
        }
        return rows("select a.id, a.name from allocation a" + where, params).stream()
                .map(r -> new AllocationRef(((Number) r[0]).longValue(), (String) r[1])).findFirst();
    }

    @Override
    public Map<String, BigDecimal> allocated(long allocationId) {
        Map<String, BigDecimal> amounts = new HashMap<>();
        for (Object[] r : rows("select network_id, final_amount from allocation_network where allocation_id = :id",
                Map.of("id", allocationId))) {
            amounts.put((String) r[0], decimal(r[1]));
        }
        return amounts;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Map<String, Object> params) {
        Query query = em.createNativeQuery(sql);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    private static BigDecimal decimal(Object value) {
        BigDecimal d = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        return d.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
    }
}
