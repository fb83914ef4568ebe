package be.vierdepijler.core.newcomer.application;

import be.vierdepijler.core.audit.application.AuditedKind;
import be.vierdepijler.core.privacy.application.ConsentRecords;
import be.vierdepijler.core.newcomer.domain.Newcomer;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Newcomers in the audit log ({@code /audit/changes?kind=newcomer}): every audited field by its API name, consents
 * included (their history is the history of consent). Only administrators query the log; an erased newcomer's
 * revisions hold the pseudonymised values.
 */
@ApplicationScoped
public class NewcomerAuditedKind implements AuditedKind<Newcomer> {

    @Override
    public String kind() {
        return NewcomerService.AUDIT_KIND;
    }

    @Override
    public Class<Newcomer> entityType() {
        return Newcomer.class;
    }

    @Override
    public String idOf(Newcomer newcomer) {
        return String.valueOf(newcomer.id());
    }

    @Override
    public Map<String, Object> stateOf(Newcomer n) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("firstName", n.firstName());
        state.put("lastName", n.lastName());
        state.put("email", n.email());
        state.put("phone", n.phone());
        state.put("integrationStatus", n.integrationStatus() == null ? null : n.integrationStatus().code());
        state.put("municipalityNis", n.municipalityNis());
        state.put("networkId", n.networkId());
        state.put("dutchLevel", n.dutchLevel() == null ? null : n.dutchLevel().name());
        state.put("languages", n.languages().stream().sorted().toList());
        state.put("interests", n.interests().stream().sorted().toList());
        state.put("availability", n.availability().stream().sorted().toList());
        state.put("referralChannel", n.referralChannel() == null ? null : n.referralChannel().code());
        state.put("integrationContractDate", n.integrationContractDate());
        state.put("integrationProgress", n.integrationProgress() == null ? null : n.integrationProgress().code());
        state.put("integrationEndedOn", n.integrationEndedOn());
        state.put("consents", ConsentRecords.auditState(n.consents()));
        state.put("overrideMotivation", n.overrideMotivation());
        state.put("overrideBy", n.overrideBy());
        state.put("overrideAt", n.overrideAt());
        state.put("erasedAt", n.erasedAt());
        state.put("erasedBy", n.erasedBy());
        return state;
    }
}
