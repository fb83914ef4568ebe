package be.vierdepijler.core.spi;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A small but complete trajectory type for core's own tests: every field kind, two reporting categories chosen by an
 * attribute, a cross-field rule, and the {@link DatedPlacements} capability.
 */
@ApplicationScoped
public class SampleTrajectoryType implements TrajectoryType, DatedPlacements {

    public static final String ID = "sample-walk";

    static final ReportingCategory CITY = ReportingCategory.of("city-walk", "Stadswandeling", "City walk");
    static final ReportingCategory NATURE = ReportingCategory.of("nature-walk", "Natuurwandeling", "Nature walk");

    private static final FieldSchema SCHEMA = FieldSchema.of(
            FieldDefinition.reference("organiser", ReferenceTarget.ORGANISATION).required()
                    .label("Organisator", "Organiser").build(),
            FieldDefinition.choice("terrain", Choice.of("city", "stad", "city"), Choice.of("nature", "natuur", "nature"))
                    .required().label("Terrein", "Terrain").build(),
            FieldDefinition.text("guide").min(2).max(40).label("Gids", "Guide").build(),
            FieldDefinition.number("distanceKm").min(1).max(30).label("Afstand (km)", "Distance (km)").build(),
            FieldDefinition.number("walkers").wholeNumber().min(2).label("Wandelaars", "Walkers").build(),
            FieldDefinition.date("firstWalk").required().label("Eerste wandeling", "First walk").build(),
            FieldDefinition.date("lastWalk").label("Laatste wandeling", "Last walk").build(),
            FieldDefinition.bool("insured").label("Verzekerd", "Insured").build(),
            FieldDefinition.text("languages").multiple().pattern("[a-z]{2,3}")
                    .label("Talen", "Languages").help("ISO-code, bv. nl.", "ISO code, e.g. nl.").build());

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("Wandelgroep", "Walking group");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of("Samen wandelen en Nederlands praten.", "Walking together and speaking Dutch.");
    }

    @Override
    public FieldSchema schema() {
        return SCHEMA;
    }

    @Override
    public List<ReportingCategory> reportingCategories() {
        return List.of(CITY, NATURE);
    }

    @Override
    public ReportingCategory reportingCategory(PlacementAttributes attributes) {
        return attributes.text("terrain").filter("nature"::equals).isPresent() ? NATURE : CITY;
    }

    @Override
    public Suitability suitability() {
        return Suitability.fromLevel(DutchLevel.A1, "Wie al wat Nederlands spreekt.", "Who speaks some Dutch.");
    }

    @Override
    public HourPolicy hourPolicy() {
        return HourPolicy.cappedAt(6, false);
    }

    @Override
    public PlacedWith placedWith() {
        return PlacedWith.OFFER;
    }

    @Override
    public List<LocalizedViolation> checkRules(PlacementAttributes attributes) {
        List<LocalizedViolation> problems = new ArrayList<>();
        Optional<LocalDate> first = attributes.date("firstWalk");
        Optional<LocalDate> last = attributes.date("lastWalk");
        if (first.isPresent() && last.isPresent() && last.get().isBefore(first.get())) {
            problems.add(LocalizedViolation.of("lastWalk", "end-before-start", "Na de eerste wandeling.",
                    "After the first walk."));
        }
        return problems;
    }

    @Override
    public Optional<DatePeriod> period(PlacementAttributes attributes) {
        return attributes.date("firstWalk").flatMap(first -> attributes.date("lastWalk")
                .filter(last -> !last.isBefore(first)).map(last -> new DatePeriod(first, last)));
    }
}
