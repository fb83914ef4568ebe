package be.vierdepijler.core.buddy.domain;

import java.util.Set;

/**
 * The buddies a caller may see, as the database narrows them: everything, the buddies of some networks, or those of
 * one municipality.
 *
 * @param networkIds      the networks; null when not narrowed by network
 * @param municipalityNis the municipality; null when not narrowed by municipality
 */
public record BuddyScope(Set<String> networkIds, String municipalityNis) {

    public BuddyScope {
        networkIds = networkIds == null ? null : Set.copyOf(networkIds);
    }

    public static BuddyScope everything() {
        return new BuddyScope(null, null);
    }

    public static BuddyScope networks(Set<String> networkIds) {
        return new BuddyScope(networkIds, null);
    }

    public static BuddyScope municipality(String nisCode) {
        return new BuddyScope(null, nisCode);
    }

    public boolean isEverything() {
        return networkIds == null && municipalityNis == null;
    }
}
