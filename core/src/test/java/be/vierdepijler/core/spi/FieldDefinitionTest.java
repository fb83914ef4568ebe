package be.vierdepijler.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A malformed schema fails when the type builds it, so it can never reach the API or the UI. */
class FieldDefinitionTest {

    @Test
    void buildsAWellFormedField() {
        FieldDefinition field = FieldDefinition.choice("hostKind", Choice.of("company", "bedrijf", "company"))
                .required().label("Soort", "Kind").help("Wie ontvangt.", "Who hosts.").build();
        assertThat(field.kind()).isEqualTo(FieldKind.CHOICE);
        assertThat(field.required()).isTrue();
        assertThat(field.allows("company")).isTrue();
        assertThat(field.allows("school")).isFalse();
    }

    @Test
    void refusesANameThatIsNotCamelCase() {
        assertThatThrownBy(() -> FieldDefinition.text("host-organisation").label("a", "b").build())
                .hasMessageContaining("camelCase");
        assertThatThrownBy(() -> FieldDefinition.text("Host").label("a", "b").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAFieldWithoutLabels() {
        assertThatThrownBy(() -> FieldDefinition.text("role").build()).hasMessageContaining("label");
        assertThatThrownBy(() -> FieldDefinition.text("role").label("Rol", " ").build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aChoiceFieldNeedsDistinctChoices() {
        assertThatThrownBy(() -> FieldDefinition.choice("kind").label("a", "b").build())
                .hasMessageContaining("at least one choice");
        assertThatThrownBy(() -> FieldDefinition.choice("kind", Choice.of("a", "a", "a"), Choice.of("a", "b", "b"))
                .label("a", "b").build()).hasMessageContaining("twice");
        assertThatThrownBy(() -> Choice.of("Not Kebab", "x", "x")).hasMessageContaining("kebab-case");
    }

    @Test
    void boundsFitTheKind() {
        assertThatThrownBy(() -> FieldDefinition.date("start").min(1).label("a", "b").build())
                .hasMessageContaining("min/max");
        assertThatThrownBy(() -> FieldDefinition.number("n").min(5).max(4).label("a", "b").build())
                .hasMessageContaining("above max");
        assertThatThrownBy(() -> FieldDefinition.text("t").max(0).label("a", "b").build())
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> FieldDefinition.text("t").wholeNumber().label("a", "b").build())
                .hasMessageContaining("whole number");
        assertThat(FieldDefinition.number("n").min(BigDecimal.ONE).max(BigDecimal.ONE).label("a", "b").build().max())
                .isEqualTo(BigDecimal.ONE);
    }

    @Test
    void aPatternBelongsToATextAndMustCompile() {
        assertThatThrownBy(() -> FieldDefinition.number("n").pattern("\\d").label("a", "b").build())
                .hasMessageContaining("pattern");
        assertThatThrownBy(() -> FieldDefinition.text("t").pattern("[a-").label("a", "b").build())
                .hasMessageContaining("does not compile");
    }

    @Test
    void onlyAReferenceNamesItsTarget() {
        assertThatThrownBy(() -> new FieldDefinition("buddy", FieldKind.REFERENCE, true, false, false, null, List.of(),
                null, null, null, LocalizedText.of("Buddy", "Buddy"), null)).hasMessageContaining("refers to");
        assertThatThrownBy(() -> new FieldDefinition("role", FieldKind.TEXT, true, false, false,
                ReferenceTarget.BUDDY, List.of(), null, null, null, LocalizedText.of("Rol", "Role"), null))
                .hasMessageContaining("refers to");
    }

    @Test
    void aSchemaNamesEachFieldOnce() {
        FieldDefinition role = FieldDefinition.text("role").required().label("Rol", "Role").build();
        FieldDefinition note = FieldDefinition.text("note").label("Nota", "Note").build();
        assertThatThrownBy(() -> FieldSchema.of(role, role)).hasMessageContaining("twice");
        FieldSchema schema = FieldSchema.of(role, note);
        assertThat(schema.names()).containsExactly("role", "note");
        assertThat(schema.requiredNames()).containsExactly("role");
        assertThat(schema.field("note")).contains(note);
        assertThat(schema.field("other")).isEmpty();
    }
}
