package be.vierdepijler.web.platform.example;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.core.spi.Choice;
import be.vierdepijler.core.spi.DutchLevel;
import be.vierdepijler.core.spi.FieldDefinition;
import be.vierdepijler.core.spi.FieldSchema;
import be.vierdepijler.core.spi.HourPolicy;
import be.vierdepijler.core.spi.LocalizedText;
import be.vierdepijler.core.spi.LocalizedViolation;
import be.vierdepijler.core.spi.PlacedWith;
import be.vierdepijler.core.spi.PlacementAttributes;
import be.vierdepijler.core.spi.PlacementValidator;
import be.vierdepijler.core.spi.ReferenceTarget;
import be.vierdepijler.core.spi.ReportingCategory;
import be.vierdepijler.core.spi.Suitability;
import be.vierdepijler.core.spi.TrajectoryType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The synthetic set fills in any type's placement from its schema, and the type's own rules accept it. */
class SyntheticAttributesTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static final LocalDate END = LocalDate.of(2026, 4, 15);

    /** A type with every kind of field and rules beyond its schema, like the real ones (named by no real id). */
    static final class Workshop implements TrajectoryType {

        @Override
        public String id() {
            return "workshop";
        }

        @Override
        public LocalizedText label() {
            return LocalizedText.of("Werkplaats", "Workshop");
        }

        @Override
        public LocalizedText description() {
            return LocalizedText.of("Samen iets maken.", "Making something together.");
        }

        @Override
        public FieldSchema schema() {
            return FieldSchema.of(
                    FieldDefinition.reference("host", ReferenceTarget.ORGANISATION).required().label("Gast", "Host")
                            .build(),
                    FieldDefinition.choice("kind", Choice.of("wood", "hout", "wood"), Choice.of("clay", "klei", "clay"))
                            .required().label("Soort", "Kind").build(),
                    FieldDefinition.choice("setting", Choice.of("group", "groep", "group"),
                            Choice.of("duo", "duo", "duo")).required().label("Samen", "Together").build(),
                    FieldDefinition.number("size").wholeNumber().min(2).max(40).label("Aantal", "Size").build(),
                    FieldDefinition.text("task").required().min(3).max(60).label("Taak", "Task")
                            .help("Bv. tafels schuren, koffie zetten.", "E.g. sanding tables.").build(),
                    FieldDefinition.text("spoken").multiple().required().pattern("[a-z]{2,3}")
                            .label("Talen", "Languages").build(),
                    FieldDefinition.date("from").required().label("Van", "From").build(),
                    FieldDefinition.date("until").required().label("Tot", "Until").build(),
                    FieldDefinition.bool("insured").required().label("Verzekerd", "Insured").build());
        }

        @Override
        public List<ReportingCategory> reportingCategories() {
            return List.of(ReportingCategory.of("wood", "Hout", "Wood"), ReportingCategory.of("clay", "Klei", "Clay"));
        }

        @Override
        public ReportingCategory reportingCategory(PlacementAttributes attributes) {
            return reportingCategories().stream().filter(c -> c.id().equals(attributes.text("kind").orElse("")))
                    .findFirst().orElseThrow();
        }

        @Override
        public Suitability suitability() {
            return Suitability.fromLevel(DutchLevel.A0, "Iedereen", "Everyone");
        }

        @Override
        public HourPolicy hourPolicy() {
            return HourPolicy.cappedAt(6, true);
        }

        @Override
        public PlacedWith placedWith() {
            return PlacedWith.OFFER;
        }

        @Override
        public List<LocalizedViolation> checkRules(PlacementAttributes a) {
            List<LocalizedViolation> problems = new ArrayList<>();
            if ("duo".equals(a.text("setting").orElse(null))
                    && a.number("size").filter(s -> s.compareTo(BigDecimal.valueOf(2)) != 0).isPresent()) {
                problems.add(LocalizedViolation.of("size", "duo-is-two", "Een duo is twee.", "A duo is two."));
            }
            if (!a.list("spoken", String.class).contains("nl")) {
                problems.add(LocalizedViolation.of("spoken", "no-dutch", "Nederlands hoort erbij.", "Dutch too."));
            }
            if (a.bool("insured").filter(b -> !b).isPresent()) {
                problems.add(LocalizedViolation.of("insured", "not-insured", "Verzekerd?", "Insured?"));
            }
            return problems;
        }
    }

    @Test
    void fillsEveryRequiredFieldSoThatTheTypesSchemaAndRulesAccept() {
        Workshop type = new Workshop();
        Random random = new Random(7);
        for (int i = 0; i < 50; i++) {
            Optional<Map<String, Object>> filled = SyntheticAttributes.fill(type, random,
                    Map.of(ReferenceTarget.ORGANISATION, 42L), START, END, List.of("ar", "uk"), null);
            assertThat(filled).isPresent();
            assertThat(PlacementValidator.check(type, filled.get()).problems()).isEmpty();
            assertThat(filled.get()).containsEntry("host", "42").containsEntry("from", START.toString())
                    .containsEntry("until", END.toString()).containsEntry("insured", true)
                    .containsEntry("task", "tafels schuren");
            assertThat((List<?>) filled.get().get("spoken")).first().isEqualTo("nl");
        }
    }

    @Test
    void fillsInForTheReportingCategoryAsked() {
        Workshop type = new Workshop();
        Random random = new Random(11);
        for (String category : List.of("wood", "clay")) {
            Map<String, Object> filled = SyntheticAttributes.fill(type, random, Map.of(ReferenceTarget.ORGANISATION,
                    1L), START, END, List.of(), category).orElseThrow();
            assertThat(type.reportingCategory(PlacementValidator.check(type, filled).attributes()).id())
                    .isEqualTo(category);
        }
    }

    @Test
    void theSameSeedFillsInTheSame() {
        Workshop type = new Workshop();
        assertThat(SyntheticAttributes.fill(type, new Random(3), Map.of(ReferenceTarget.ORGANISATION, 1L), START, END,
                List.of("ti"), null)).isEqualTo(SyntheticAttributes.fill(type, new Random(3),
                Map.of(ReferenceTarget.ORGANISATION, 1L), START, END, List.of("ti"), null));
    }

    @Test
    void aFormThatCannotBeFilledInGivesNothingRatherThanAnInvalidPlacement() {
        Workshop type = new Workshop();
        // Without its organisation the required reference stays empty: no placement of this type.
        assertThat(SyntheticAttributes.fill(type, new Random(1), Map.of(), START, END, List.of(), null)).isEmpty();
        // A category the type does not have is never reached.
        assertThat(SyntheticAttributes.fill(type, new Random(1), Map.of(ReferenceTarget.ORGANISATION, 1L), START, END,
                List.of(), "glass")).isEmpty();
    }
}
