package be.vierdepijler.core.matching.infrastructure.jpa;

import be.vierdepijler.core.newcomer.application.NewcomerDataContributor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A newcomer's place in the matching as part of their personal data: the export's {@code matching} section (their
 * status and every pair proposed for them, read as plain rows) and its erasure (the pairs' explanations, which name
 * the newcomer's languages and interests, and the reasons of their decisions).
 */
@ApplicationScoped
public class JpaMatchingPersonalData implements NewcomerDataContributor {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    public int position() {
        return 20;
    }

    @Override
    public Map<String, Object> export(long newcomerId) {
        List<Map<String, Object>> pairs = new ArrayList<>();
        for (Object row : em.createNativeQuery("select id, proposal_id, buddy_id, score, status, decided_at,"
                + " decided_by, reason from match_pair where newcomer_id = ? order by id").setParameter(1, newcomerId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            Map<String, Object> pair = new LinkedHashMap<>();
            pair.put("id", r[0]);
            pair.put("proposalId", r[1]);
            pair.put("buddyId", r[2]);
            pair.put("score", r[3]);
            pair.put("status", r[4] == null ? null : r[4].toString().toLowerCase(Locale.ROOT));
            pair.put("decidedAt", r[5] == null ? null : r[5].toString());
            pair.put("decidedBy", r[6]);
            pair.put("reason", r[7]);
            pairs.add(pair);
        }
        List<?> status = em.createNativeQuery("select status from match_status where newcomer_id = ?")
                .setParameter(1, newcomerId).getResultList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", status.isEmpty() ? "no-match"
                : status.get(0).toString().toLowerCase(Locale.ROOT).replace('_', '-'));
        out.put("pairs", pairs);
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("matching", out);
        return sections;
    }

    @Override
    public void pseudonymise(long newcomerId, Instant at) {
        // The matching's explanations name the newcomer's languages and interests; a rejection may say more.
        em.createNativeQuery("update match_pair set criteria = '[]', reason = null where newcomer_id = ?")
                .setParameter(1, newcomerId).executeUpdate();
    }

    @Override
    public void eraseHistory(long newcomerId) {
        // match_pair is not audited: nothing to clear in the history
    }
}
