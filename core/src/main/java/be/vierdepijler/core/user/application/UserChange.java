package be.vierdepijler.core.user.application;

import java.util.Set;

/** A change of an account's profile and scope (the role never changes: create another account instead). */
public record UserChange(String displayName, String email, boolean active, Set<String> networkIds,
                         String municipalityNis, Long organisationId) {
}
