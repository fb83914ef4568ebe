package be.vierdepijler.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The schema check every type shares, exercised through {@link SampleTrajectoryType}. */
class PlacementValidatorTest {

    private final SampleTrajectoryType type = new SampleTrajectoryType();

    private Map<String, Object> valid(Object... more) {
        Map<String, Object> attributes = new HashMap<>(Map.of("organiser", "org-17", "terrain", "city",
                "firstWalk", "2025-03-01"));
        for (int i = 0; i < more.length; i += 2) {
            attributes.put((String) more[i], more[i + 1]);
        }
        return attributes;
    }

    private List<FieldViolation> violations(Map<String, Object> attributes) {
        return type.validate(attributes);
    }

    @Test
    void acceptsValidAttributesAndTypesThem() {
        PlacementValidator.Result result = PlacementValidator.check(type, valid("guide", "  Ria ", "distanceKm",
                new BigDecimal("7.5"), "walkers", 12, "insured", true, "languages", List.of("nl", "fr"),
                "lastWalk", "2025-06-30"));
        assertThat(result.valid()).isTrue();
        PlacementAttributes a = result.attributes();
        assertThat(a.text("guide")).contains("Ria");
        assertThat(a.number("distanceKm")).contains(new BigDecimal("7.5"));
        assertThat(a.number("walkers")).contains(BigDecimal.valueOf(12));
        assertThat(a.bool("insured")).contains(true);
        assertThat(a.date("firstWalk")).contains(LocalDate.of(2025, 3, 1));
        assertThat(a.list("languages", String.class)).containsExactly("nl", "fr");
        assertThat(a.asMap().keySet()).containsExactly("organiser", "terrain", "guide", "distanceKm", "walkers",
                "firstWalk", "lastWalk", "insured", "languages");
    }

    @Test
    void reportsEveryMissingRequiredFieldInSchemaOrder() {
        assertThat(violations(Map.of())).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("organiser", "required"), tuple("terrain", "required"),
                        tuple("firstWalk", "required"));
    }

    @Test
    void nullBlankAndEmptyListCountAsAbsent() {
        Map<String, Object> attributes = valid("organiser", "  ", "languages", List.of());
        attributes.put("guide", null);
        assertThat(violations(attributes)).extracting(FieldViolation::field).containsExactly("organiser");
        assertThat(PlacementValidator.check(type, valid("languages", List.of())).attributes().has("languages"))
                .isFalse();
    }

    @Test
    void refusesValuesOfTheWrongKind() {
        assertThat(violations(valid("guide", 42, "distanceKm", "7", "firstWalk", "1 maart", "insured", "yes",
                "terrain", "beach", "languages", "nl")))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("terrain", "not-allowed"), tuple("guide", "not-a-text"),
                        tuple("distanceKm", "not-a-number"), tuple("firstWalk", "not-a-date"),
                        tuple("insured", "not-a-boolean"), tuple("languages", "not-a-list"));
    }

    @Test
    void appliesNumberBoundsAtTheirEdges() {
        assertThat(violations(valid("distanceKm", 1))).isEmpty();
        assertThat(violations(valid("distanceKm", 30))).isEmpty();
        assertThat(violations(valid("distanceKm", new BigDecimal("0.99")))).extracting(FieldViolation::code)
                .containsExactly("too-small");
        assertThat(violations(valid("distanceKm", 30.5))).extracting(FieldViolation::code)
                .containsExactly("too-large");
        assertThat(violations(valid("distanceKm", Double.NaN))).extracting(FieldViolation::code)
                .containsExactly("not-a-number");
    }

    @Test
    void aWholeNumberFieldRefusesFractions() {
        assertThat(violations(valid("walkers", new BigDecimal("3.0")))).isEmpty();
        assertThat(violations(valid("walkers", 3.5))).extracting(FieldViolation::code)
                .containsExactly("not-a-whole-number");
    }

    @Test
    void appliesTextLengthAndPattern() {
        assertThat(violations(valid("guide", "R"))).extracting(FieldViolation::code).containsExactly("too-short");
        assertThat(violations(valid("guide", "x".repeat(40)))).isEmpty();
        assertThat(violations(valid("guide", "x".repeat(41)))).extracting(FieldViolation::code)
                .containsExactly("too-long");
        assertThat(violations(valid("languages", List.of("nl", "Dutch"))))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("languages[1]", "pattern-mismatch"));
    }

    @Test
    void aTextWithoutDeclaredMaximumStillHasThePlatformLimit() {
        FieldDefinition free = FieldDefinition.text("note").label("Nota", "Note").build();
        TrajectoryType withNote = new SampleTrajectoryType() {
            @Override
            public FieldSchema schema() {
                return FieldSchema.of(free);
            }
        };
        assertThat(withNote.validate(Map.of("note", "x".repeat(PlacementValidator.TEXT_LIMIT)))).isEmpty();
        assertThat(withNote.validate(Map.of("note", "x".repeat(PlacementValidator.TEXT_LIMIT + 1))))
                .extracting(FieldViolation::code).containsExactly("too-long");
    }

    @Test
    void refusesDuplicatesAndEmptyItemsInAList() {
        assertThat(violations(valid("languages", Arrays.asList("nl", "nl", null))))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("languages[1]", "duplicate-value"), tuple("languages[2]", "required"));
    }

    @Test
    void aReferenceIsAnIdAsTextOrWholeNumber() {
        assertThat(PlacementValidator.check(type, valid("organiser", 4711)).attributes().text("organiser"))
                .contains("4711");
        assertThat(violations(valid("organiser", "9b2c-41aa"))).isEmpty();
        assertThat(violations(valid("organiser", "org 17"))).extracting(FieldViolation::code)
                .containsExactly("malformed-reference");
        assertThat(violations(valid("organiser", -3))).extracting(FieldViolation::code)
                .containsExactly("malformed-reference");
        assertThat(violations(valid("organiser", true))).extracting(FieldViolation::code)
                .containsExactly("malformed-reference");
    }

    @Test
    void refusesAnUnknownFieldAndNamesTheKnownOnes() {
        List<FieldViolation> found = violations(valid("colour", "red"));
        assertThat(found).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("colour", "unknown-field"));
        assertThat(found.get(0).message()).contains("Wandelgroep").contains("organiser, terrain");
    }

    @Test
    void runsTheTypesRulesOnTheValuesThatPassed() {
        assertThat(violations(valid("lastWalk", "2025-02-28"))).extracting(FieldViolation::field,
                FieldViolation::code).containsExactly(tuple("lastWalk", "end-before-start"));
        // A broken first date is reported by the schema; the rule, lacking it, stays silent.
        assertThat(violations(valid("firstWalk", "2025-02-30", "lastWalk", "2025-02-28")))
                .extracting(FieldViolation::code).containsExactly("not-a-date");
    }

    @Test
    void answersInEnglishWhenAsked() {
        assertThat(type.validate(Map.of(), LocalizedText.ENGLISH).get(0).message())
                .isEqualTo("'Organiser' is required.");
        assertThat(type.validate(Map.of()).get(0).message()).isEqualTo("'Organisator' is verplicht.");
    }

    @Test
    void requireValidAnswersTheAttributesOrThrowsWithEveryViolation() {
        assertThat(PlacementValidator.requireValid(type, valid(), LocalizedText.DUTCH).text("terrain"))
                .contains("city");
        assertThatThrownBy(() -> PlacementValidator.requireValid(type, Map.of("colour", "red"), LocalizedText.DUTCH))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field)
                        .containsExactly("organiser", "terrain", "firstWalk", "colour"));
    }

    @Test
    void aNullMapIsEmpty() {
        assertThat(PlacementValidator.check(type, null).problems()).hasSize(3);
    }
}
