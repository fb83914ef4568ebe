package be.vierdepijler.web.api.session;

import be.vierdepijler.core.user.domain.Caller;
import java.util.List;

/**
 * Who is signed in, with their scope, and the CSRF token the UI sends back in {@code X-CSRF-Token} (null for an API
 * client signed in with Basic credentials, which needs none).
 */
public record SessionDto(String username, String role, List<String> networkIds, String municipalityNis,
                         Long organisationId, boolean mustChangePassword, String csrfToken) {

    static SessionDto of(Caller caller, boolean mustChangePassword, String csrfToken) {
        return new SessionDto(caller.username(), caller.role().code(), caller.networkIds().stream().sorted().toList(),
                caller.municipalityNis(), caller.organisationId(), mustChangePassword, csrfToken);
    }
}
