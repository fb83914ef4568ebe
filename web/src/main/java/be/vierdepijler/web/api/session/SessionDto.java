package be.vierdepijler.web.api.session;

import be.vierdepijler.core.access.Caller;
import java.util.List;

/**
 * Who is signed in, with their scope, the CSRF token the UI sends back in {@code X-CSRF-Token} (null for an API
 * client signed in with Basic credentials, which needs none), and what they may do ({@link MayDto}).
 */
public record SessionDto(String username, String role, List<String> networkIds, String municipalityNis,
                         Long organisationId, boolean mustChangePassword, String csrfToken, MayDto may) {

    static SessionDto of(Caller caller, boolean mustChangePassword, String csrfToken, MayDto may) {
        return new SessionDto(caller.username(), caller.role().code(), caller.networkIds().stream().sorted().toList(),
                caller.municipalityNis(), caller.organisationId(), mustChangePassword, csrfToken, may);
    }
}
