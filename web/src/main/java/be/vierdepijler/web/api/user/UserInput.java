package be.vierdepijler.web.api.user;

import java.util.List;

/**
 * The body of {@code POST /users} (all fields) and {@code PUT /users/{id}} (all but username, role and password).
 */
public record UserInput(String username, String displayName, String email, String role, List<String> networkIds,
                        String municipalityNis, Long organisationId, Boolean active, String password) {
}
