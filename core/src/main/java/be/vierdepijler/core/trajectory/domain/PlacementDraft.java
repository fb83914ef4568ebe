package be.vierdepijler.core.trajectory.domain;

import java.time.LocalDate;

/**
 * A placement as the application service resolved it: the type and its category, the offer or the buddy (exactly
 * one), the organisation whose contacts may see it, a title, the period and the validated attributes as JSON.
 */
public record PlacementDraft(String typeId, String reportingCategory, Long offerId, Long buddyId, Long organisationId,
                             String title, LocalDate startDate, LocalDate endDate, String attributesJson) {

    public PlacementDraft {
        if ((offerId == null) == (buddyId == null)) {
            throw new IllegalArgumentException("a placement is in an offer or with a buddy, exactly one");
        }
    }
}
