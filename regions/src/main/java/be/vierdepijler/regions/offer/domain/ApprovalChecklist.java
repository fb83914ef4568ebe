package be.vierdepijler.regions.offer.domain;

import be.vierdepijler.core.shared.FieldViolation;
import java.util.ArrayList;
import java.util.List;

/**
 * The decree's criteria of a participation activity, as the network coordinator records them when approving an offer
 * for the public finder. An offer is approved only when every criterion holds.
 *
 * @param dutchSetting  the activity takes place in a Dutch-speaking setting
 * @param newContacts   the newcomer meets new people outside their own circle
 * @param groupOrDuo    it takes place in a group or a duo
 * @param hoursPossible how many hours a newcomer can spend in it; at least {@link #MIN_HOURS}
 */
public record ApprovalChecklist(Boolean dutchSetting, Boolean newContacts, Boolean groupOrDuo,
                                Integer hoursPossible) {

    /**
     * The fewest hours an approved offer must make possible: a quarter of the 40 hours of the participation
     * trajectory. An assumption (the decree asks for "enough" hours, not a number): see docs/offers-and-organisations.md.
     */
    public static final int MIN_HOURS = 10;
    /** More than anyone records; guards the column. */
    public static final int MAX_HOURS = 10_000;

    /** Every criterion that does not hold, each naming its field. */
    public List<FieldViolation> violations() {
        List<FieldViolation> v = new ArrayList<>();
        if (!Boolean.TRUE.equals(dutchSetting)) {
            v.add(new FieldViolation("dutchSetting", "criterion-not-met",
                    "Het aanbod moet plaatsvinden in een Nederlandstalige omgeving."));
        }
        if (!Boolean.TRUE.equals(newContacts)) {
            v.add(new FieldViolation("newContacts", "criterion-not-met",
                    "Het aanbod moet contact geven met nieuwe mensen buiten de eigen kring."));
        }
        if (!Boolean.TRUE.equals(groupOrDuo)) {
            v.add(new FieldViolation("groupOrDuo", "criterion-not-met",
                    "Het aanbod moet in een groep of in duo plaatsvinden."));
        }
        if (hoursPossible == null) {
            v.add(new FieldViolation("hoursPossible", "required",
                    "Geef hoeveel uren een nieuwkomer in het aanbod kan doen (minstens " + MIN_HOURS + ")."));
        } else if (hoursPossible < MIN_HOURS || hoursPossible > MAX_HOURS) {
            v.add(new FieldViolation("hoursPossible", "criterion-not-met", "Een nieuwkomer moet er minstens "
                    + MIN_HOURS + " uren in kunnen doen (een kwart van de 40 uren), niet " + hoursPossible + "."));
        }
        return v;
    }
}
