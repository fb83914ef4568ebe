package be.vierdepijler.core.user.application;

import be.vierdepijler.core.audit.application.AuditLog;
import be.vierdepijler.core.audit.application.AuditedKind;
import be.vierdepijler.core.user.domain.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/** User accounts in the audit log: profile, role, scope and whether active; never the password hash. */
@ApplicationScoped
public class UserAuditedKind implements AuditedKind<UserAccount> {

    @Override
    public String kind() {
        return AuditLog.USER;
    }

    @Override
    public Class<UserAccount> entityType() {
        return UserAccount.class;
    }

    @Override
    public String idOf(UserAccount account) {
        return String.valueOf(account.id());
    }

    @Override
    public Map<String, Object> stateOf(UserAccount account) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("username", account.username());
        state.put("displayName", account.displayName());
        state.put("email", account.email());
        state.put("role", account.role() == null ? null : account.role().code());
        state.put("networkIds", account.networkIds().stream().sorted().toList());
        state.put("municipalityNis", account.municipalityNis());
        state.put("organisationId", account.organisationId());
        state.put("active", account.active());
        state.put("oidcSubject", account.oidcSubject());
        return state;
    }
}
