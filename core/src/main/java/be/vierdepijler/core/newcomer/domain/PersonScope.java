package be.vierdepijler.core.newcomer.domain;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.access.Role;
import java.util.Objects;
import java.util.Set;

/**
 * Which newcomers and trajectories a caller may see, as the repositories narrow their queries: everything
 * (administrators), some networks (coordinators, counsellors), one municipality (local officers), the placements in
 * one organisation's offers (organisation contacts), or nothing personal (viewers).
 */
public record PersonScope(boolean all, Set<String> networkIds, String municipalityNis, Long organisationId) {

    public PersonScope {
        networkIds = Set.copyOf(networkIds);
    }

    public static PersonScope of(Caller caller) {
        if (caller.isAdministrator()) {
            return new PersonScope(true, Set.of(), null, null);
        }
        return switch (caller.role()) {
            case NETWORK_COORDINATOR, COUNSELLOR -> new PersonScope(false, caller.networkIds(), null, null);
            case LOCAL_OFFICER -> new PersonScope(false, Set.of(), caller.municipalityNis(), null);
            case ORGANISATION_CONTACT -> new PersonScope(false, Set.of(), null, caller.organisationId());
            default -> new PersonScope(false, Set.of(), null, null);
        };
    }

    /** Whether a newcomer or trajectory living here is in scope (organisation contacts see none as a whole). */
    public boolean covers(String networkId, String municipalityNis) {
        return all || networkIds.contains(networkId)
                || (this.municipalityNis != null && Objects.equals(this.municipalityNis, municipalityNis));
    }

    /** Whether the caller sees whole newcomer records at all. */
    public boolean seesPeople() {
        return all || !networkIds.isEmpty() || municipalityNis != null;
    }

    /** Whether the caller may take newcomers in and follow their trajectories in this network. */
    public static boolean mayManage(Caller caller, String networkId) {
        return caller.isAdministrator() || ((caller.role() == Role.COUNSELLOR
                || caller.role() == Role.NETWORK_COORDINATOR) && caller.networkIds().contains(networkId));
    }
}
