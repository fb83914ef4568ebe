package be.vierdepijler.core.matching.infrastructure.jpa;

import be.vierdepijler.core.matching.domain.MatchPair;
import be.vierdepijler.core.matching.domain.MatchProposal;
import be.vierdepijler.core.matching.domain.MatchRepository;
import be.vierdepijler.core.matching.domain.MatchStatus;
import be.vierdepijler.core.matching.domain.NewcomerMatchStatus;
import be.vierdepijler.core.matching.domain.PairStatus;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaMatchRepository implements MatchRepository {

    /** Flush and clear every so many pairs, so that a large proposal does not fill the persistence context. */
    private static final int BATCH = 500;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    public MatchProposal add(MatchProposal proposal) {
        em.persist(proposal);
        em.flush();
        return proposal;
    }

    @Override
    public void addPairs(List<MatchPair> pairs) {
        // Written in batches and let go of: a flush would otherwise dirty-check every pair persisted before it.
        for (int from = 0; from < pairs.size(); from += BATCH) {
            List<MatchPair> batch = pairs.subList(from, Math.min(pairs.size(), from + BATCH));
            batch.forEach(em::persist);
            em.flush();
            batch.forEach(em::detach);
        }
    }

    @Override
    public Optional<MatchProposal> proposal(long id) {
        return Optional.ofNullable(em.find(MatchProposal.class, id));
    }

    @Override
    public Page<MatchProposal> proposals(Collection<String> networkIds, PageRequest page) {
        if (networkIds != null && networkIds.isEmpty()) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        String where = networkIds == null ? "" : " where p.networkId in :networks";
        // createdAt follows the id: order by the id, which the index holds.
        String order = page.descending() ? "p.id desc" : "p.id asc";
        var query = em.createQuery("select p from MatchProposal p" + where + " order by " + order,
                MatchProposal.class);
        var count = em.createQuery("select count(p) from MatchProposal p" + where, Long.class);
        if (networkIds != null) {
            query.setParameter("networks", networkIds);
            count.setParameter("networks", networkIds);
        }
        List<MatchProposal> items = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }

    @Override
    public Optional<MatchPair> pair(long id) {
        return Optional.ofNullable(em.find(MatchPair.class, id));
    }

    @Override
    public Page<MatchPair> pairs(long proposalId, PairStatus status, PageRequest page) {
        String where = " where p.proposalId = :proposal" + (status == null ? "" : " and p.status = :status");
        String field = PAIR_SORTABLE.contains(page.sortField()) ? page.sortField() : "score";
        String order = "p." + field + (page.descending() ? " desc" : " asc")
                + ("id".equals(field) ? "" : ", p.id asc");
        var query = em.createQuery("select p from MatchPair p" + where + " order by " + order, MatchPair.class)
                .setParameter("proposal", proposalId);
        var count = em.createQuery("select count(p) from MatchPair p" + where, Long.class)
                .setParameter("proposal", proposalId);
        if (status != null) {
            query.setParameter("status", status);
            count.setParameter("status", status);
        }
        List<MatchPair> items = query.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }

    @Override
    public int withdrawOpenPairs(String networkId, Instant at) {
        // First the newcomers (back to the status each pair remembers), then the pairs themselves.
        for (MatchStatus previous : List.of(MatchStatus.NO_MATCH, MatchStatus.NEEDS_REMATCH)) {
            em.createQuery("update NewcomerMatchStatus s set s.status = :previous, s.pairId = null,"
                            + " s.changedAt = :at, s.version = s.version + 1"
                            + " where s.status = :proposed and s.pairId in (select p.id from MatchPair p"
                            + " where p.networkId = :network and p.status = :open and p.previousStatus = :previous)")
                    .setParameter("previous", previous).setParameter("at", at)
                    .setParameter("proposed", MatchStatus.PROPOSED).setParameter("network", networkId)
                    .setParameter("open", PairStatus.PROPOSED).executeUpdate();
        }
        return em.createQuery("update MatchPair p set p.status = :withdrawn, p.decidedAt = :at,"
                        + " p.version = p.version + 1 where p.networkId = :network and p.status = :open")
                .setParameter("withdrawn", PairStatus.WITHDRAWN).setParameter("at", at)
                .setParameter("network", networkId).setParameter("open", PairStatus.PROPOSED).executeUpdate();
    }

    @Override
    public Map<PairStatus, Long> countByStatus(long proposalId) {
        Map<PairStatus, Long> counts = new EnumMap<>(PairStatus.class);
        for (PairStatus status : PairStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : em.createQuery("select p.status, count(p) from MatchPair p"
                + " where p.proposalId = :proposal group by p.status", Object[].class)
                .setParameter("proposal", proposalId).getResultList()) {
            counts.put((PairStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    @Override
    public Optional<NewcomerMatchStatus> status(long newcomerId) {
        return Optional.ofNullable(em.find(NewcomerMatchStatus.class, newcomerId));
    }

    @Override
    public Map<Long, NewcomerMatchStatus> statuses(Collection<Long> newcomerIds) {
        Map<Long, NewcomerMatchStatus> byId = new HashMap<>();
        List<Long> ids = new ArrayList<>(newcomerIds);
        for (int from = 0; from < ids.size(); from += 1000) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 1000));
            em.createQuery("select s from NewcomerMatchStatus s where s.newcomerId in :ids",
                            NewcomerMatchStatus.class)
                    .setParameter("ids", chunk).getResultList().forEach(s -> byId.put(s.newcomerId(), s));
        }
        return byId;
    }

    @Override
    public void add(NewcomerMatchStatus status) {
        em.persist(status);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
