package be.vierdepijler.trajectory.taalstage;

import be.vierdepijler.core.spi.Choice;
import be.vierdepijler.core.spi.DutchLevel;
import be.vierdepijler.core.spi.FieldDefinition;
import be.vierdepijler.core.spi.FieldSchema;
import be.vierdepijler.core.spi.HourPolicy;
import be.vierdepijler.core.spi.LocalizedText;
import be.vierdepijler.core.spi.PlacedWith;
import be.vierdepijler.core.spi.ReferenceTarget;
import be.vierdepijler.core.spi.ReportingCategory;
import be.vierdepijler.core.spi.Suitability;
import be.vierdepijler.core.spi.TrajectoryType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Taalstage: practising Dutch at a host with a language coach (one of the forms the 2020 pilot call names). Written as
 * a third party would, against core's SPI only.
 */
@ApplicationScoped
public class TaalstageTrajectoryType implements TrajectoryType {

    public static final String ID = "taalstage";

    private static final ReportingCategory TAALSTAGE = ReportingCategory.of("language-internship", "Taalstage",
            "Language internship");

    private static final FieldSchema SCHEMA = FieldSchema.of(
            FieldDefinition.reference("hostOrganisation", ReferenceTarget.ORGANISATION).required()
                    .label("Gastorganisatie", "Host organisation").build(),
            FieldDefinition.text("languageCoach").required().min(2).max(200)
                    .label("Taalcoach", "Language coach").build(),
            FieldDefinition.choice("targetLevel",
                            Choice.of("a2", "A2", "A2"), Choice.of("b1", "B1", "B1"), Choice.of("b2", "B2", "B2"))
                    .required().label("Beoogd niveau", "Target level").build(),
            FieldDefinition.number("hoursPerWeek").min(1).max(20)
                    .label("Uren per week", "Hours per week").build());

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("Taalstage", "Language internship");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of("Nederlands oefenen op een stageplaats, met een taalcoach.",
                "Practising Dutch at a host, with a language coach.");
    }

    @Override
    public FieldSchema schema() {
        return SCHEMA;
    }

    @Override
    public List<ReportingCategory> reportingCategories() {
        return List.of(TAALSTAGE);
    }

    @Override
    public Suitability suitability() {
        return Suitability.fromLevel(DutchLevel.A1, "Wie Nederlands wil oefenen op de werkvloer.",
                "Who wants to practise Dutch at work.");
    }

    @Override
    public HourPolicy hourPolicy() {
        return HourPolicy.cappedAt(6, true);
    }

    /** A taalstage runs in an offer of the catalogue. */
    @Override
    public PlacedWith placedWith() {
        return PlacedWith.OFFER;
    }
}
