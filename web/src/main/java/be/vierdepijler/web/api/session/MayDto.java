package be.vierdepijler.web.api.session;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.access.Role;
import be.vierdepijler.core.buddy.application.BuddyAccess;
import be.vierdepijler.core.newcomer.domain.PersonScope;
import be.vierdepijler.core.user.application.UserDirectory;
import be.vierdepijler.regions.allocation.application.RegionalAllocations;
import be.vierdepijler.regions.funding.application.FundingCalls;
import be.vierdepijler.regions.offer.application.OfferCatalogue;
import be.vierdepijler.regions.organisation.application.OrganisationDirectory;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * What the signed-in caller may do somewhere, served in {@code GET /session} as {@code may}, so that the UI offers a
 * form or a button only to whom the API would not refuse it, without a copy of the permission matrix in the browser.
 * Each flag is the answer of the rule the API itself enforces (the services' scope checks), asked at the places of
 * the caller's own scope: some network (every network is tried), their municipality, their organisation. Which one
 * object the caller may change is still the API's decision at the call (and, for offers, {@code manageable}).
 *
 * @param manageNewcomers       take newcomers in, change and export them, open their trajectories
 *                              ({@link PersonScope#mayManage})
 * @param eraseNewcomers        erase a newcomer's personal data (a coordinator of the network, as the erasure checks)
 * @param followTrajectories    change a trajectory: plan, status, placements, hours, links
 *                              ({@link PersonScope#mayManage})
 * @param decideHours           confirm or refuse reported hours: who follows trajectories, and the contact persons of
 *                              the organisation a placement is in (for the placements in their scope)
 * @param manageBuddies         register, change and export buddies ({@link BuddyAccess#manages})
 * @param eraseBuddies          erase a buddy's personal data ({@link BuddyAccess#mayErase})
 * @param decideMatches         compute proposals and decide on pairs (a coordinator of the network, as the matching
 *                              checks)
 * @param publishOffers         add and change offers ({@link OfferCatalogue#mayManage})
 * @param registerOrganisations register and change organisations ({@link OrganisationDirectory#mayManage})
 * @param manageFunding         register and change funding calls and projects ({@link FundingCalls#mayManage})
 * @param calculateAllocations  calculate and save a regional allocation ({@link RegionalAllocations#mayCalculate})
 * @param grantRoles            the roles the caller may give a new account, in the API's codes
 *                              ({@link UserDirectory#grantableBy})
 */
public record MayDto(boolean manageNewcomers, boolean eraseNewcomers, boolean followTrajectories, boolean decideHours,
                     boolean manageBuddies, boolean eraseBuddies, boolean decideMatches, boolean publishOffers,
                     boolean registerOrganisations, boolean manageFunding, boolean calculateAllocations,
                     List<String> grantRoles) {

    public MayDto {
        grantRoles = List.copyOf(grantRoles);
    }

    /** The flags of this caller, with {@code networkIds} every network there is (the places a rule is asked at). */
    static MayDto of(Caller caller, Collection<String> networkIds) {
        Predicate<Predicate<String>> somewhere = rule -> networkIds.stream().anyMatch(rule);
        boolean follows = somewhere.test(n -> PersonScope.mayManage(caller, n));
        long ownOrganisation = caller.organisationId() == null ? -1 : caller.organisationId();
        return new MayDto(follows,
                somewhere.test(caller::managesNetwork),
                follows,
                follows || PersonScope.of(caller).organisationId() != null,
                somewhere.test(n -> BuddyAccess.manages(caller, n)),
                somewhere.test(n -> BuddyAccess.mayErase(caller, n)),
                somewhere.test(caller::managesNetwork),
                somewhere.test(n -> OfferCatalogue.mayManage(caller, ownOrganisation, caller.municipalityNis(), n)),
                somewhere.test(n -> OrganisationDirectory.mayManage(caller, caller.municipalityNis(), n)),
                FundingCalls.mayManage(caller),
                RegionalAllocations.mayCalculate(caller),
                UserDirectory.grantableBy(caller).stream().map(Role::code).toList());
    }
}
