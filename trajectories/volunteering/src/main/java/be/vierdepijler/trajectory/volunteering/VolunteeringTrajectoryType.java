package be.vierdepijler.trajectory.volunteering;

import be.vierdepijler.core.spi.DutchLevel;
import be.vierdepijler.core.spi.FieldDefinition;
import be.vierdepijler.core.spi.FieldSchema;
import be.vierdepijler.core.spi.HourPolicy;
import be.vierdepijler.core.spi.LocalizedText;
import be.vierdepijler.core.spi.LocalizedViolation;
import be.vierdepijler.core.spi.PlacedWith;
import be.vierdepijler.core.spi.PlacementAttributes;
import be.vierdepijler.core.spi.ReferenceTarget;
import be.vierdepijler.core.spi.ReportingCategory;
import be.vierdepijler.core.spi.Suitability;
import be.vierdepijler.core.spi.TrajectoryType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Toeleiding naar vrijwilligerswerk: the newcomer volunteers with an organisation in a role of their own. The law on
 * volunteering obliges the organisation to insure its volunteers, so a placement starts only once that is confirmed.
 */
@ApplicationScoped
public class VolunteeringTrajectoryType implements TrajectoryType {

    public static final String ID = "volunteering";

    static final ReportingCategory VRIJWILLIGERSWERK = ReportingCategory.of("volunteering", "Vrijwilligerswerk",
            "Volunteering");

    private static final FieldSchema SCHEMA = FieldSchema.of(
            FieldDefinition.reference("organisation", ReferenceTarget.ORGANISATION).required()
                    .label("Organisatie", "Organisation").build(),
            FieldDefinition.text("role").required().min(2).max(200)
                    .label("Taak als vrijwilliger", "Volunteer role")
                    .help("Bv. onthaal in het woonzorgcentrum, hulp bij de jeugdbeweging.",
                            "E.g. welcome desk at the care home, helping at the youth movement.").build(),
            FieldDefinition.bool("insuranceConfirmed").required()
                    .label("Vrijwilligersverzekering bevestigd", "Volunteer insurance confirmed")
                    .help("De organisatie bevestigt dat ze de vrijwilliger verzekert (burgerlijke aansprakelijkheid).",
                            "The organisation confirms it insures the volunteer (civil liability).").build());

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("Vrijwilligerswerk", "Volunteering");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of(
                "Toeleiding naar vrijwilligerswerk: de inburgeraar zet zich als vrijwilliger in bij een organisatie"
                        + " en bouwt zo een netwerk op.",
                "Referral to volunteering: the newcomer volunteers with an organisation and so builds a network.");
    }

    @Override
    public FieldSchema schema() {
        return SCHEMA;
    }

    @Override
    public List<ReportingCategory> reportingCategories() {
        return List.of(VRIJWILLIGERSWERK);
    }

    @Override
    public Suitability suitability() {
        return Suitability.fromLevel(DutchLevel.A1,
                "Inburgeraars met een eerste basis Nederlands (A1) die zich willen inzetten; de taak past zich aan"
                        + " hun taal aan.",
                "Newcomers with a first basic level of Dutch (A1) who want to contribute; the role fits their"
                        + " language.");
    }

    @Override
    public HourPolicy hourPolicy() {
        // A volunteering day (an event, a camp) may be long; the organisation's contact person confirms.
        return HourPolicy.fullDay(true);
    }

    /** Volunteering runs in an offer of the catalogue. */
    @Override
    public PlacedWith placedWith() {
        return PlacedWith.OFFER;
    }

    @Override
    public List<LocalizedViolation> checkRules(PlacementAttributes attributes) {
        if (attributes.bool("insuranceConfirmed").filter(confirmed -> !confirmed).isPresent()) {
            return List.of(LocalizedViolation.of("insuranceConfirmed", "insurance-not-confirmed",
                    "Vrijwilligerswerk start pas als de organisatie bevestigt dat ze de vrijwilliger verzekert.",
                    "Volunteering starts only once the organisation confirms it insures the volunteer."));
        }
        return List.of();
    }
}
