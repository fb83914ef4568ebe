package be.vierdepijler.core.participation.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.access.Role;
import be.vierdepijler.core.participation.domain.RequestScope;
import be.vierdepijler.core.shared.ForbiddenException;

/**
 * Who may do what with participation requests (personal data):
 * <ul>
 *   <li>see: administrators all; coordinators and counsellors those of their networks; an organisation contact those
 *       for their organisation's offers that the newcomer agreed to share, read-only; local officers and viewers none
 *       (403);</li>
 *   <li>take in, link and decline: administrators, and the coordinators and counsellors of the request's network.</li>
 * </ul>
 */
public final class RequestAccess {

    private RequestAccess() {
    }

    /** @throws ForbiddenException for a role that sees no requests */
    public static RequestScope scope(Caller caller) {
        return switch (caller.role()) {
            case ADMINISTRATOR -> RequestScope.all();
            case NETWORK_COORDINATOR, COUNSELLOR -> RequestScope.networks(caller.networkIds());
            case ORGANISATION_CONTACT -> {
                if (caller.organisationId() == null) {
                    throw new ForbiddenException("Je account hoort bij geen organisatie.");
                }
                yield RequestScope.organisation(caller.organisationId());
            }
            case LOCAL_OFFICER, VIEWER -> throw new ForbiddenException(
                    "Je rol geeft geen inzage in de aanvragen om deel te nemen.");
        };
    }

    /** Take in, link or decline a request of this network. */
    public static boolean handles(Caller caller, String networkId) {
        return caller.isAdministrator() || ((caller.role() == Role.NETWORK_COORDINATOR
                || caller.role() == Role.COUNSELLOR) && caller.networkIds().contains(networkId));
    }
}
