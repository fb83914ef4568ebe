package be.vierdepijler.core.buddy.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.access.Role;
import be.vierdepijler.core.buddy.domain.Buddy;
import be.vierdepijler.core.buddy.domain.BuddyScope;
import be.vierdepijler.core.shared.ForbiddenException;

/**
 * Who may do what with buddies (personal data):
 * <ul>
 *   <li>see: administrators all; coordinators and counsellors the buddies of their networks; a local officer those of
 *       their municipality; organisation contacts and viewers none (a list answers 403, one buddy 404);</li>
 *   <li>register, change and export: administrators, and the coordinators and counsellors of the buddy's network;</li>
 *   <li>erase: administrators and the coordinators of the buddy's network;</li>
 *   <li>the aggregated report: everyone but organisation contacts, over what they see (viewers: everything, as
 *       counts only).</li>
 * </ul>
 */
public final class BuddyAccess {

    private BuddyAccess() {
    }

    /** @throws ForbiddenException for a role that sees no buddy at all */
    public static BuddyScope listScope(Caller caller) {
        return switch (caller.role()) {
            case ADMINISTRATOR -> BuddyScope.everything();
            case NETWORK_COORDINATOR, COUNSELLOR -> BuddyScope.networks(caller.networkIds());
            case LOCAL_OFFICER -> BuddyScope.municipality(caller.municipalityNis());
            case ORGANISATION_CONTACT, VIEWER -> throw new ForbiddenException(
                    "Je rol geeft geen inzage in buddy's; de rapporten met aantallen wel (behalve voor organisaties).");
        };
    }

    /** @throws ForbiddenException for an organisation contact */
    public static BuddyScope reportScope(Caller caller) {
        return switch (caller.role()) {
            case ADMINISTRATOR, VIEWER -> BuddyScope.everything();
            case NETWORK_COORDINATOR, COUNSELLOR -> BuddyScope.networks(caller.networkIds());
            case LOCAL_OFFICER -> BuddyScope.municipality(caller.municipalityNis());
            case ORGANISATION_CONTACT -> throw new ForbiddenException("Het buddyrapport is er niet voor organisaties.");
        };
    }

    public static boolean sees(Caller caller, Buddy buddy) {
        return caller.coversMunicipality(buddy.municipalityNis(), buddy.networkId());
    }

    /** Register, change, export in this network. */
    public static boolean manages(Caller caller, String networkId) {
        return caller.isAdministrator() || ((caller.role() == Role.NETWORK_COORDINATOR
                || caller.role() == Role.COUNSELLOR) && caller.networkIds().contains(networkId));
    }

    public static boolean mayErase(Caller caller, String networkId) {
        return caller.managesNetwork(networkId);
    }
}
