package be.vierdepijler.trajectory.buddy;

import be.vierdepijler.core.spi.Choice;
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
 * Buddywerking: a newcomer and a registered, screened volunteer buddy form a duo and meet regularly to talk Dutch and
 * share their networks. There is no host organisation, so the counsellor confirms the hours, not a contact person.
 */
@ApplicationScoped
public class BuddyTrajectoryType implements TrajectoryType {

    public static final String ID = "buddy";

    static final ReportingCategory BUDDYWERKING = ReportingCategory.of("buddy-scheme", "Buddywerking",
            "Buddy scheme");

    /** Languages as ISO 639 codes (nl, fr, ar, ti …), so that matching compares like with like. */
    static final String LANGUAGE_CODE = "[a-z]{2,3}";

    private static final FieldSchema SCHEMA = FieldSchema.of(
            FieldDefinition.reference("buddy", ReferenceTarget.BUDDY).required()
                    .label("Buddy", "Buddy")
                    .help("Een geregistreerde buddy die de screening en vorming achter de rug heeft.",
                            "A registered buddy who has been screened and trained.").build(),
            FieldDefinition.choice("meetingRhythm",
                            Choice.of("weekly", "wekelijks", "weekly"),
                            Choice.of("fortnightly", "om de twee weken", "every two weeks"),
                            Choice.of("monthly", "maandelijks", "monthly"))
                    .required().label("Ritme van de ontmoetingen", "Meeting rhythm").build(),
            FieldDefinition.text("sharedLanguages").multiple().required().pattern(LANGUAGE_CODE)
                    .label("Gedeelde talen", "Shared languages")
                    .help("Talen die beiden spreken, als ISO-code (nl, fr, en, ar …). Het duo oefent Nederlands.",
                            "Languages both speak, as ISO code (nl, fr, en, ar …). The duo practises Dutch.").build(),
            FieldDefinition.date("firstMeeting")
                    .label("Eerste ontmoeting", "First meeting").build());

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("Buddywerking", "Buddy scheme");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of(
                "Een inburgeraar en een vrijwillige buddy vormen een duo: ze spreken geregeld af, praten Nederlands"
                        + " en delen hun netwerk.",
                "A newcomer and a volunteer buddy form a duo: they meet regularly, speak Dutch and share their"
                        + " networks.");
    }

    @Override
    public FieldSchema schema() {
        return SCHEMA;
    }

    @Override
    public List<ReportingCategory> reportingCategories() {
        return List.of(BUDDYWERKING);
    }

    @Override
    public Suitability suitability() {
        // A duo lives on conversation: a first basic level of Dutch makes the meetings work.
        return Suitability.fromLevel(DutchLevel.A1,
                "Inburgeraars met een eerste basis Nederlands (A1) die hun netwerk willen uitbreiden en Nederlands"
                        + " willen oefenen buiten de les.",
                "Newcomers with a first basic level of Dutch (A1) who want to widen their network and practise Dutch"
                        + " outside class.");
    }

    @Override
    public HourPolicy hourPolicy() {
        // No organisation hosts a duo: the counsellor confirms the hours the duo reports.
        return HourPolicy.fullDay(false);
    }

    /** A duo: the newcomer is placed with a buddy, who is the schema's {@code buddy} reference. */
    @Override
    public PlacedWith placedWith() {
        return PlacedWith.BUDDY;
    }

    @Override
    public List<LocalizedViolation> checkRules(PlacementAttributes attributes) {
        List<String> languages = attributes.list("sharedLanguages", String.class);
        if (!languages.isEmpty() && !languages.contains("nl")) {
            return List.of(LocalizedViolation.of("sharedLanguages", "dutch-not-shared",
                    "Een buddyduo oefent Nederlands: 'nl' hoort bij de gedeelde talen.",
                    "A buddy duo practises Dutch: 'nl' belongs among the shared languages."));
        }
        return List.of();
    }
}
