package be.vierdepijler.core.user.application;

import be.vierdepijler.core.access.Role;
import java.util.Set;

/** What is needed to create a user account; the initial password must be changed at the first log-in. */
public record NewUser(String username, String displayName, String email, Role role, Set<String> networkIds,
                      String municipalityNis, Long organisationId, String initialPassword) {
}
