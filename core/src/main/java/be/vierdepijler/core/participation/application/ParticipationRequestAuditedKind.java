package be.vierdepijler.core.participation.application;

import be.vierdepijler.core.audit.application.AuditedKind;
import be.vierdepijler.core.participation.domain.ParticipationRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/** Participation requests in the audit log: who took them in or declined them, and when. */
@ApplicationScoped
public class ParticipationRequestAuditedKind implements AuditedKind<ParticipationRequest> {

    @Override
    public String kind() {
        return ParticipationRequests.KIND;
    }

    @Override
    public Class<ParticipationRequest> entityType() {
        return ParticipationRequest.class;
    }

    @Override
    public String idOf(ParticipationRequest request) {
        return String.valueOf(request.id());
    }

    @Override
    public Map<String, Object> stateOf(ParticipationRequest r) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("reference", r.reference());
        state.put("firstName", r.firstName());
        state.put("phone", r.phone());
        state.put("email", r.email());
        state.put("municipalityNis", r.municipalityNis());
        state.put("networkId", r.networkId());
        state.put("offerId", r.offerId());
        state.put("language", r.language());
        state.put("consentAt", r.consentAt());
        state.put("shareWithOrganisation", r.shareWithOrganisation());
        state.put("status", r.status() == null ? null : r.status().code());
        state.put("newcomerId", r.newcomerId());
        state.put("handledBy", r.handledBy());
        state.put("handledAt", r.handledAt());
        state.put("declineReason", r.declineReason());
        return state;
    }
}
