package be.vierdepijler.web.api.user;

import be.vierdepijler.core.user.domain.UserAccount;
import java.util.List;

/**
 * A user account as the API shows it: never its password hash. {@code municipalityName} and {@code organisationName}
 * name the scope of a local officer or an organisation contact.
 */
public record UserDto(long id, String username, String displayName, String email, String role,
                      List<String> networkIds, String municipalityNis, String municipalityName,
                      Long organisationId, String organisationName, boolean active,
                      boolean locked, boolean mustChangePassword, long version) {

    static UserDto of(UserAccount a, java.time.Instant now, ScopeNames names) {
        return new UserDto(a.id(), a.username(), a.displayName(), a.email(), a.role().code(),
                a.networkIds().stream().sorted().toList(), a.municipalityNis(), names.municipality(a.municipalityNis()),
                a.organisationId(), names.organisation(a.organisationId()), a.active(),
                a.isLocked(now), a.mustChangePassword(), a.version());
    }
}
