package be.vierdepijler.core.access;

import java.util.Objects;
import java.util.Set;

/**
 * The signed-in user as the application services see it: role and scope, nothing else. Every query of personal data
 * takes a Caller and narrows itself to what it covers; an object out of scope is answered as not found.
 *
 * @param userId          the account id
 * @param username        the log-in name
 * @param role            the role
 * @param networkIds      the networks of a coordinator or counsellor; empty otherwise
 * @param municipalityNis the municipality of a local officer; null otherwise
 * @param organisationId  the organisation of an organisation contact; null otherwise
 */
public record Caller(long userId, String username, Role role, Set<String> networkIds, String municipalityNis,
                     Long organisationId) {

    public Caller {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        networkIds = Set.copyOf(networkIds);
    }

    public boolean isAdministrator() {
        return role == Role.ADMINISTRATOR;
    }

    /** Whether the caller works for this whole network (administrators work for all). */
    public boolean coversNetwork(String networkId) {
        return isAdministrator() || networkIds.contains(networkId);
    }

    /** Whether the caller may see personal data of this municipality, which lies in {@code networkId}. */
    public boolean coversMunicipality(String nisCode, String networkId) {
        return coversNetwork(networkId)
                || (role == Role.LOCAL_OFFICER && Objects.equals(municipalityNis, nisCode));
    }

    /** Whether the caller may change the membership and other settings of a network (not its personal data). */
    public boolean managesNetwork(String networkId) {
        return isAdministrator() || (role == Role.NETWORK_COORDINATOR && networkIds.contains(networkId));
    }
}
