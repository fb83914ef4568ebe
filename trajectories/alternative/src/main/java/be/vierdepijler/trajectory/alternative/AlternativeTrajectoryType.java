package be.vierdepijler.trajectory.alternative;

import be.vierdepijler.core.spi.Choice;
import be.vierdepijler.core.spi.DutchLevel;
import be.vierdepijler.core.spi.FieldDefinition;
import be.vierdepijler.core.spi.FieldSchema;
import be.vierdepijler.core.spi.HourPolicy;
import be.vierdepijler.core.spi.LocalizedText;
import be.vierdepijler.core.spi.LocalizedViolation;
import be.vierdepijler.core.spi.PlacedWith;
import be.vierdepijler.core.spi.PlacementAttributes;
import be.vierdepijler.core.spi.ReportingCategory;
import be.vierdepijler.core.spi.Suitability;
import be.vierdepijler.core.spi.TrajectoryType;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Alternatief traject: a conversation group, course, socio-cultural association, sport, informal participation or
 * another activity, always together with others — in a group or a duo — since the point is a social network. Hours
 * report under the subtype's own category.
 */
@ApplicationScoped
public class AlternativeTrajectoryType implements TrajectoryType {

    public static final String ID = "alternative";

    static final String GROUP = "group";
    static final String DUO = "duo";
    /** A group is more than a duo. */
    static final BigDecimal SMALLEST_GROUP = BigDecimal.valueOf(3);

    private static final FieldSchema SCHEMA = FieldSchema.of(
            FieldDefinition.choice("subtype", Subtype.choices()).required()
                    .label("Soort activiteit", "Kind of activity").build(),
            FieldDefinition.choice("setting",
                            Choice.of(GROUP, "in groep", "in a group"),
                            Choice.of(DUO, "in duo", "as a duo"))
                    .required().label("Samen met", "Together with")
                    .help("Een alternatief traject gebeurt samen met anderen: in groep of in duo, nooit alleen.",
                            "An alternative trajectory happens with others: in a group or as a duo, never alone.")
                    .build(),
            FieldDefinition.number("groupSize").wholeNumber().min(2).max(500)
                    .label("Aantal deelnemers", "Number of participants")
                    .help("Met de inburgeraar erbij.", "Including the newcomer.").build(),
            FieldDefinition.text("activity").min(2).max(200)
                    .label("Activiteit", "Activity")
                    .help("Bv. praatcafé De Loper, zwemclub, buurtfeest. Verplicht bij 'andere'.",
                            "E.g. a conversation café, a swimming club, a street party. Required for 'other'.")
                    .build());

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText label() {
        return LocalizedText.of("Alternatief traject", "Alternative trajectory");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of(
                "Een conversatiegroep, cursus, socio-culturele vereniging, sport, informele participatie of een andere"
                        + " activiteit, in groep of in duo.",
                "A conversation group, course, socio-cultural association, sport, informal participation or another"
                        + " activity, in a group or as a duo.");
    }

    @Override
    public FieldSchema schema() {
        return SCHEMA;
    }

    @Override
    public List<ReportingCategory> reportingCategories() {
        return Subtype.categories();
    }

    @Override
    public ReportingCategory reportingCategory(PlacementAttributes attributes) {
        String subtype = attributes.text("subtype")
                .orElseThrow(() -> new IllegalArgumentException("an alternative placement names its subtype"));
        return Subtype.byValue(subtype).orElseThrow(() -> new IllegalArgumentException("unknown subtype " + subtype))
                .category();
    }

    @Override
    public Suitability suitability() {
        // Conversation groups and sport welcome beginners: this is where a newcomer without Dutch can start.
        return Suitability.fromLevel(DutchLevel.A0,
                "Alle inburgeraars, ook wie nog geen Nederlands spreekt: conversatiegroepen en sport zijn er voor"
                        + " beginners.",
                "Every newcomer, also those who speak no Dutch yet: conversation groups and sport welcome"
                        + " beginners.");
    }

    @Override
    public HourPolicy hourPolicy() {
        // The group's organiser (teacher, trainer, conversation leader) confirms attendance.
        return HourPolicy.fullDay(true);
    }

    /** An alternatief traject runs in an offer of the catalogue. */
    @Override
    public PlacedWith placedWith() {
        return PlacedWith.OFFER;
    }

    @Override
    public List<LocalizedViolation> checkRules(PlacementAttributes attributes) {
        List<LocalizedViolation> problems = new ArrayList<>();
        String setting = attributes.text("setting").orElse(null);
        attributes.number("groupSize").ifPresent(size -> {
            if (DUO.equals(setting) && size.compareTo(BigDecimal.valueOf(2)) != 0) {
                problems.add(LocalizedViolation.of("groupSize", "duo-is-two",
                        "Een duo telt twee deelnemers, niet " + size.toPlainString() + ".",
                        "A duo has two participants, not " + size.toPlainString() + "."));
            } else if (GROUP.equals(setting) && size.compareTo(SMALLEST_GROUP) < 0) {
                problems.add(LocalizedViolation.of("groupSize", "group-too-small",
                        "Een groep telt minstens drie deelnemers; kies 'in duo' voor twee.",
                        "A group has at least three participants; choose 'as a duo' for two."));
            }
        });
        boolean other = attributes.text("subtype").filter(Subtype.OTHER.value()::equals).isPresent();
        if (other && !attributes.has("activity")) {
            problems.add(LocalizedViolation.of("activity", "required",
                    "Beschrijf de activiteit wanneer de soort 'andere' is.",
                    "Describe the activity when its kind is 'other'."));
        }
        return problems;
    }
}
