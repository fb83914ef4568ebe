package be.vierdepijler.core.buddy.application;

import be.vierdepijler.core.audit.application.AuditedKind;
import be.vierdepijler.core.privacy.application.ConsentRecords;
import be.vierdepijler.core.buddy.domain.Buddy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/** Buddies in the audit log: every audited field, consents included (their history is the history of consent). */
@ApplicationScoped
public class BuddyAuditedKind implements AuditedKind<Buddy> {

    @Override
    public String kind() {
        return BuddyDirectory.KIND;
    }

    @Override
    public Class<Buddy> entityType() {
        return Buddy.class;
    }

    @Override
    public String idOf(Buddy buddy) {
        return String.valueOf(buddy.id());
    }

    @Override
    public Map<String, Object> stateOf(Buddy b) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("reference", b.reference());
        state.put("firstName", b.firstName());
        state.put("lastName", b.lastName());
        state.put("email", b.email());
        state.put("phone", b.phone());
        state.put("municipalityNis", b.municipalityNis());
        state.put("networkId", b.networkId());
        state.put("languages", b.languages());
        state.put("interests", b.interests());
        state.put("availability", b.availability());
        state.put("screening", b.screening() == null ? null : b.screening().code());
        state.put("screeningDecidedOn", b.screeningDecidedOn());
        state.put("training", b.training() == null ? null : b.training().code());
        state.put("trainedOn", b.trainedOn());
        state.put("capacity", b.capacity());
        state.put("status", b.status() == null ? null : b.status().code());
        state.put("registeredBy", b.registeredBy() == null ? null : b.registeredBy().code());
        state.put("consents", ConsentRecords.auditState(b.consents()));
        state.put("erasedAt", b.erasedAt());
        state.put("erasedBy", b.erasedBy());
        return state;
    }
}
