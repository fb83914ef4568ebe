package be.vierdepijler.trajectory.internship;

import be.vierdepijler.core.profile.domain.Interest;
import be.vierdepijler.core.spi.Choice;
import be.vierdepijler.core.spi.DatePeriod;
import be.vierdepijler.core.spi.DatedPlacements;
import be.vierdepijler.core.spi.DutchLevel;
import be.vierdepijler.core.spi.FieldDefinition;
import be.vierdepijler.core.spi.FieldSchema;
import be.vierdepijler.core.spi.HourPolicy;
import be.vierdepijler.core.spi.LocalizedText;
import be.vierdepijler.core.spi.LocalizedViolation;
import be.vierdepijler.core.spi.MatchContribution;
import be.vierdepijler.core.spi.MatchScoring;
import be.vierdepijler.core.spi.MatchingNewcomer;
import be.vierdepijler.core.spi.PlacedWith;
import be.vierdepijler.core.spi.PlacementAttributes;
import be.vierdepijler.core.spi.ReferenceTarget;
import be.vierdepijler.core.spi.ReportingCategory;
import be.vierdepijler.core.spi.Suitability;
import be.vierdepijler.core.spi.TrajectoryType;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Kennismakingsstage: a short introductory internship with a company, association, organisation or local government,
 * under a supervisor and a signed agreement. A day counts at most 8 hours, and only days within the agreed period.
 */
@ApplicationScoped
public class InternshipTrajectoryType implements TrajectoryType, DatedPlacements, MatchScoring {

    public static final String ID = "internship";

    /** A working day: an introductory internship is no full-time job. */
    static final int MAX_HOURS_PER_DAY = 8;

    /** What an internship adds to the match score of a newcomer who wants to work or train. */
    static final int WORK_INTEREST_POINTS = 10;

    static final ReportingCategory STAGE = ReportingCategory.of("internship", "Stage", "Internship");

    private static final FieldSchema SCHEMA = FieldSchema.of(
            FieldDefinition.reference("hostOrganisation", ReferenceTarget.ORGANISATION).required()
                    .label("Gastorganisatie", "Host organisation").build(),
            FieldDefinition.choice("hostKind",
                            Choice.of("company", "bedrijf", "company"),
                            Choice.of("association", "vereniging", "association"),
                            Choice.of("organisation", "organisatie", "organisation"),
                            Choice.of("local-government", "lokaal bestuur", "local government"))
                    .required().label("Soort gastorganisatie", "Kind of host").build(),
            FieldDefinition.text("supervisor").required().min(2).max(200)
                    .label("Stagebegeleider", "Supervisor")
                    .help("Wie de inburgeraar op de stageplaats begeleidt.",
                            "Who guides the newcomer at the host.").build(),
            FieldDefinition.date("startDate").required().label("Begindatum", "Start date").build(),
            FieldDefinition.date("endDate").required().label("Einddatum", "End date")
                    .help("Dezelfde dag als de begindatum voor een stage van één dag.",
                            "The same day as the start date for a one-day internship.").build(),
            FieldDefinition.bool("agreementSigned").required()
                    .label("Stageovereenkomst ondertekend", "Agreement signed")
                    .help("De stage start pas na een ondertekende overeenkomst tussen inburgeraar, gastorganisatie en"
                                    + " begeleider.",
                            "The internship starts only after the newcomer, host and counsellor signed an"
                                    + " agreement.").build());

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("Kennismakingsstage", "Introductory internship");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of(
                "Een korte stage om kennis te maken met een bedrijf, vereniging, organisatie of lokaal bestuur.",
                "A short internship to get to know a company, association, organisation or local government.");
    }

    @Override
    public FieldSchema schema() {
        return SCHEMA;
    }

    @Override
    public List<ReportingCategory> reportingCategories() {
        return List.of(STAGE);
    }

    @Override
    public Suitability suitability() {
        // Instructions at work (safety, tasks) need more than a first basic level.
        return Suitability.fromLevel(DutchLevel.A2,
                "Inburgeraars met basiskennis Nederlands (A2) die een werkplek, vereniging of dienst van binnenuit"
                        + " willen leren kennen.",
                "Newcomers with basic Dutch (A2) who want to get to know a workplace, association or public service"
                        + " from the inside.");
    }

    @Override
    public HourPolicy hourPolicy() {
        return HourPolicy.cappedAt(MAX_HOURS_PER_DAY, true);
    }

    /** An internship runs in an offer of the catalogue. */
    @Override
    public PlacedWith placedWith() {
        return PlacedWith.OFFER;
    }

    @Override
    public List<LocalizedViolation> checkRules(PlacementAttributes attributes) {
        List<LocalizedViolation> problems = new ArrayList<>();
        Optional<LocalDate> start = attributes.date("startDate");
        Optional<LocalDate> end = attributes.date("endDate");
        if (start.isPresent() && end.isPresent() && end.get().isBefore(start.get())) {
            problems.add(LocalizedViolation.of("endDate", "end-before-start",
                    "De einddatum valt voor de begindatum " + start.get() + ".",
                    "The end date falls before the start date " + start.get() + "."));
        }
        if (attributes.bool("agreementSigned").filter(signed -> !signed).isPresent()) {
            problems.add(LocalizedViolation.of("agreementSigned", "agreement-not-signed",
                    "Een kennismakingsstage start pas na een ondertekende stageovereenkomst.",
                    "An introductory internship starts only after the agreement is signed."));
        }
        return problems;
    }

    @Override
    public Optional<DatePeriod> period(PlacementAttributes attributes) {
        Optional<LocalDate> start = attributes.date("startDate");
        Optional<LocalDate> end = attributes.date("endDate");
        if (start.isEmpty() || end.isEmpty() || end.get().isBefore(start.get())) {
            return Optional.empty();
        }
        return Optional.of(new DatePeriod(start.get(), end.get()));
    }

    /**
     * An introductory internship is a first step towards work: it suits a newcomer interested in work and training
     * best. Other newcomers are not held back (the common criteria decide).
     */
    @Override
    public Optional<MatchContribution> contribution(MatchingNewcomer newcomer) {
        if (newcomer.interests().contains(Interest.WORK)) {
            return Optional.of(MatchContribution.of(WORK_INTEREST_POINTS,
                    "Interesse in werk en opleiding: een stage is een eerste stap naar werk",
                    "Interested in work and training: an internship is a first step towards work"));
        }
        return Optional.empty();
    }
}
