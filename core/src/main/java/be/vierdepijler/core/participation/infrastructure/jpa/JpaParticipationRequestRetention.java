package be.vierdepijler.core.participation.infrastructure.jpa;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.participation.application.ParticipationRequests;
import be.vierdepijler.core.participation.application.RequestAccess;
import be.vierdepijler.core.participation.domain.ParticipationRequest;
import be.vierdepijler.core.privacy.application.PersonalDataHolder;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.NotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Participation requests as a kind of personal data of their own, for the retention job: a request never taken in
 * (still open, or declined) and untouched since the cutoff of the retention policy is pseudonymised (first name,
 * phone, e-mail and reason cleared, also in the audit history); the counts stay. A request taken in goes with its
 * newcomer ({@link JpaParticipationPersonalData}).
 */
@ApplicationScoped
public class JpaParticipationRequestRetention implements PersonalDataHolder {

    private static final String NOT_TAKEN_IN = "status in ('OPEN', 'DECLINED') and erased_at is null"
            + " and updated_at < ?";

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    public String kind() {
        return ParticipationRequests.KIND;
    }

    @Override
    public void authorizeExport(Caller caller, long personId) {
        authorize(caller, personId);
    }

    @Override
    public void authorizeErasure(Caller caller, long personId) {
        authorize(caller, personId);
    }

    private void authorize(Caller caller, long id) {
        ParticipationRequest request = em.find(ParticipationRequest.class, id);
        if (request == null || !RequestAccess.scope(caller).covers(request)) {
            throw new NotFoundException("aanvraag", String.valueOf(id));
        }
        if (!RequestAccess.handles(caller, request.networkId())) {
            throw new ForbiddenException("Alleen de coördinatoren en trajectbegeleiders van het netwerk.");
        }
    }

    @Override
    public Map<String, Object> export(long personId) {
        ParticipationRequest r = em.find(ParticipationRequest.class, personId);
        Map<String, Object> request = new LinkedHashMap<>();
        if (r != null) {
            request.put("reference", r.reference());
            request.put("firstName", r.firstName());
            request.put("phone", r.phone());
            request.put("email", r.email());
            request.put("municipalityNis", r.municipalityNis());
            request.put("offerId", r.offerId());
            request.put("language", r.language());
            request.put("consentAt", String.valueOf(r.consentAt()));
            request.put("status", r.status().code());
        }
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("request", request);
        return sections;
    }

    @Override
    public boolean claim(long personId, Instant at, String by) {
        return em.createNativeQuery("update participation_request set erased_at = ?, erased_by = ? where id = ?"
                        + " and erased_at is null").setParameter(1, Timestamp.from(at)).setParameter(2, by)
                .setParameter(3, personId).executeUpdate() == 1;
    }

    @Override
    public void pseudonymise(long personId, Instant at, String by) {
        ParticipationRequest r = em.find(ParticipationRequest.class, personId);
        if (r != null) {
            r.erase(at);
            em.flush();
        }
    }

    @Override
    public List<Long> dueForErasure(LocalDate cutoff, long afterId, int max) {
        return em.createNativeQuery("select id from participation_request where " + NOT_TAKEN_IN + " and id > ?"
                        + " order by id").setParameter(1, Timestamp.valueOf(cutoff.atStartOfDay()))
                .setParameter(2, afterId).setMaxResults(max).getResultList().stream()
                .map(id -> ((Number) id).longValue()).toList();
    }

    @Override
    public boolean isDue(long personId, LocalDate cutoff) {
        // asked after the claim: erased_at is set by now, so the rule is checked without it
        return ((Number) em.createNativeQuery("select count(*) from participation_request where id = ?"
                        + " and status in ('OPEN', 'DECLINED') and updated_at < ?").setParameter(1, personId)
                .setParameter(2, Timestamp.valueOf(cutoff.atStartOfDay())).getSingleResult()).longValue() == 1;
    }

    @Override
    public void eraseHistory(long personId) {
        em.createNativeQuery("update participation_request_aud set first_name = ?, phone = null, email = null,"
                        + " decline_reason = null where id = ?").setParameter(1, ParticipationRequest.ERASED_NAME)
                .setParameter(2, personId).executeUpdate();
    }
}
