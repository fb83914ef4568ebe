package be.vierdepijler.core.participation.infrastructure.jpa;

import be.vierdepijler.core.newcomer.application.NewcomerDataContributor;
import be.vierdepijler.core.participation.domain.ParticipationRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The participation requests linked to a newcomer as part of their personal data: the export's
 * {@code participationRequests} section, and their erasure (first name, phone, e-mail and reason cleared, also in the
 * audit history).
 */
@ApplicationScoped
public class JpaParticipationPersonalData implements NewcomerDataContributor {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    public int position() {
        return 30;
    }

    @Override
    public Map<String, Object> export(long newcomerId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ParticipationRequest r : em.createQuery("select r from ParticipationRequest r where r.newcomerId = :n"
                + " order by r.id", ParticipationRequest.class).setParameter("n", newcomerId).getResultList()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", r.id());
            row.put("reference", r.reference());
            row.put("firstName", r.firstName());
            row.put("phone", r.phone());
            row.put("email", r.email());
            row.put("municipalityNis", r.municipalityNis());
            row.put("offerId", r.offerId());
            row.put("language", r.language());
            row.put("consentAt", r.consentAt() == null ? null : r.consentAt().toString());
            row.put("shareWithOrganisation", r.shareWithOrganisation());
            row.put("createdAt", r.createdAt() == null ? null : r.createdAt().toString());
            row.put("status", r.status().code());
            row.put("handledBy", r.handledBy());
            row.put("handledAt", r.handledAt() == null ? null : r.handledAt().toString());
            rows.add(row);
        }
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("participationRequests", rows);
        return sections;
    }

    @Override
    public void pseudonymise(long newcomerId, Instant at) {
        em.createQuery("select r from ParticipationRequest r where r.newcomerId = :n", ParticipationRequest.class)
                .setParameter("n", newcomerId).getResultList().forEach(r -> r.erase(at));
        em.flush();
    }

    @Override
    public void eraseHistory(long newcomerId) {
        em.createNativeQuery("update participation_request_aud set first_name = ?, phone = null, email = null,"
                + " decline_reason = null where id in (select id from participation_request where newcomer_id = ?)")
                .setParameter(1, ParticipationRequest.ERASED_NAME).setParameter(2, newcomerId).executeUpdate();
    }
}
