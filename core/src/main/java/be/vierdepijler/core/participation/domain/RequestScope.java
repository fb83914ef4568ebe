package be.vierdepijler.core.participation.domain;

import java.util.Set;

/**
 * Which requests a caller sees: all, those of some networks, or those an organisation's offers received and that the
 * newcomer agreed to share with it.
 */
public record RequestScope(boolean everything, Set<String> networkIds, Long organisationId) {

    public RequestScope {
        networkIds = networkIds == null ? Set.of() : Set.copyOf(networkIds);
    }

    public static RequestScope all() {
        return new RequestScope(true, Set.of(), null);
    }

    public static RequestScope networks(Set<String> networkIds) {
        return new RequestScope(false, networkIds, null);
    }

    public static RequestScope organisation(long organisationId) {
        return new RequestScope(false, Set.of(), organisationId);
    }

    public boolean covers(ParticipationRequest r) {
        if (everything) {
            return true;
        }
        if (organisationId != null) {
            return organisationId.equals(r.organisationId()) && r.shareWithOrganisation();
        }
        return networkIds.contains(r.networkId());
    }
}
