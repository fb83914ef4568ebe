package be.vierdepijler.regions.offer.domain;

import java.util.Set;

/**
 * Which drafts a caller may see: those of the offers they may manage. Published and closed offers are visible to
 * every signed-in user; a draft only when one of these matches.
 *
 * @param all             every draft (administrators)
 * @param networkIds      drafts in these networks (their coordinators)
 * @param municipalityNis drafts in this municipality (its local officer); null for none
 * @param organisationId  drafts of this organisation (its contacts); null for none
 */
public record DraftScope(boolean all, Set<String> networkIds, String municipalityNis, Long organisationId) {

    public DraftScope {
        networkIds = Set.copyOf(networkIds);
    }

    public static DraftScope none() {
        return new DraftScope(false, Set.of(), null, null);
    }

    public boolean covers(Offer offer) {
        return all || networkIds.contains(offer.networkId())
                || offer.municipalityNis().equals(municipalityNis)
                || (organisationId != null && organisationId == offer.organisationId());
    }
}
