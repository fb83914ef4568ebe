package be.vierdepijler.regions.funding.infrastructure.jpa;

import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.shared.SearchText;
import be.vierdepijler.regions.funding.domain.FundingCall;
import be.vierdepijler.regions.funding.domain.FundingCallFilter;
import be.vierdepijler.regions.funding.domain.FundingCallRepository;
import be.vierdepijler.regions.funding.domain.ProjectStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Calls filtered, counted and paged in the database. */
@ApplicationScoped
public class JpaFundingCallRepository implements FundingCallRepository {

    private static final Map<String, String> SORT = Map.of("reference", "c.reference", "name", "c.name",
            "startFrom", "c.startFrom");
    static final Set<ProjectStatus> AWARDED = EnumSet.of(ProjectStatus.SELECTED, ProjectStatus.RUNNING,
            ProjectStatus.EXTENDED, ProjectStatus.ENDED, ProjectStatus.CONTINUED_WITHOUT_SUBSIDY);

    @PersistenceContext(unitName = "regions")
    EntityManager em;

    @Override
    public Page<FundingCall> find(FundingCallFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.kind() != null) {
            where.append(" and c.kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.query() != null && !filter.query().isBlank()) {
            where.append(" and c.searchText like :q escape '!'");
            params.put("q", like(filter.query()));
        }
        String order = " order by " + SORT.get(page.sortField()) + (page.descending() ? " desc" : " asc")
                + ", c.id asc";
        TypedQuery<FundingCall> select = em.createQuery("select c from FundingCall c" + where + order,
                FundingCall.class);
        TypedQuery<Long> count = em.createQuery("select count(c) from FundingCall c" + where, Long.class);
        params.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        return Page.of(select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page,
                count.getSingleResult());
    }

    static String like(String query) {
        return "%" + SearchText.fold(query).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    @Override
    public Optional<FundingCall> byId(long id) {
        return Optional.ofNullable(em.find(FundingCall.class, id));
    }

    @Override
    public Optional<FundingCall> byReference(String reference) {
        return em.createQuery("select c from FundingCall c where lower(c.reference) = :r", FundingCall.class)
                .setParameter("r", reference.strip().toLowerCase(java.util.Locale.ROOT)).getResultStream()
                .findFirst();
    }

    @Override
    public Optional<FundingCall> byIdForAward(long id) {
        return Optional.ofNullable(em.find(FundingCall.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public FundingCall add(FundingCall call) {
        em.persist(call);
        em.flush();
        return call;
    }

    @Override
    public BigDecimal fixedAwards(long callId, Long exceptProjectId) {
        BigDecimal sum = em.createQuery("select sum(p.awardedAmount) from FundingProject p where p.callId = :call"
                        + " and p.status in :awarded and p.id <> :except", BigDecimal.class)
                .setParameter("call", callId).setParameter("awarded", AWARDED)
                .setParameter("except", exceptProjectId == null ? -1L : exceptProjectId).getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    @Override
    public BigDecimal fixedAwardsExcept(long callId, Set<String> foldedNames) {
        if (foldedNames.isEmpty()) {
            return fixedAwards(callId, null);
        }
        BigDecimal sum = em.createQuery("select sum(p.awardedAmount) from FundingProject p where p.callId = :call"
                        + " and p.status in :awarded and p.nameSearch not in :names", BigDecimal.class)
                .setParameter("call", callId).setParameter("awarded", AWARDED).setParameter("names", foldedNames)
                .getSingleResult();
        return sum == null ? BigDecimal.ZERO : sum;
    }

    @Override
    public BigDecimal largestFixedAward(long callId) {
        return em.createQuery("select max(p.awardedAmount) from FundingProject p where p.callId = :call"
                        + " and p.status in :awarded", BigDecimal.class)
                .setParameter("call", callId).setParameter("awarded", AWARDED).getSingleResult();
    }
}
