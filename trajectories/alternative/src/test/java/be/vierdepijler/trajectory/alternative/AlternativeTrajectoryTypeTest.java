package be.vierdepijler.trajectory.alternative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.spi.DutchLevel;
import be.vierdepijler.core.spi.PlacementValidator;
import be.vierdepijler.core.spi.ReportingCategory;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AlternativeTrajectoryTypeTest {

    private final AlternativeTrajectoryType type = new AlternativeTrajectoryType();

    private Map<String, Object> activity(Object... changes) {
        Map<String, Object> attributes = new HashMap<>(Map.of("subtype", "sport", "setting", "group"));
        for (int i = 0; i < changes.length; i += 2) {
            attributes.put((String) changes[i], changes[i + 1]);
        }
        return attributes;
    }

    @Test
    void theSubtypeIsRequired() {
        Map<String, Object> attributes = activity();
        attributes.remove("subtype");
        assertThat(type.validate(attributes)).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("subtype", "required"));
        assertThat(type.validate(activity("subtype", "cooking"))).extracting(FieldViolation::code)
                .containsExactly("not-allowed");
    }

    @Test
    void eachSubtypeReportsUnderItsOwnCategory() {
        Map<String, String> expected = Map.of("conversation-group", "Conversatiegroep", "course", "Cursus",
                "socio-cultural-association", "Socio-culturele vereniging", "sport", "Sport",
                "informal-participation", "Informele participatie", "other", "Andere");
        expected.forEach((subtype, label) -> {
            ReportingCategory category = type.reportingCategory(PlacementValidator.check(type,
                    activity("subtype", subtype, "activity", "Buurtfeest")).attributes());
            assertThat(category.id()).isEqualTo(subtype);
            assertThat(category.label().nl()).isEqualTo(label);
        });
        assertThat(type.reportingCategories()).hasSize(6);
    }

    @Test
    void takesPlaceInAGroupOrADuoNeverAlone() {
        Map<String, Object> alone = activity();
        alone.remove("setting");
        assertThat(type.validate(alone)).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("setting", "required"));
        assertThat(type.validate(activity("setting", "alone"))).extracting(FieldViolation::code)
                .containsExactly("not-allowed");
        assertThat(type.validate(activity("setting", "duo"))).isEmpty();
    }

    @Test
    void aDuoIsTwoAndAGroupAtLeastThree() {
        assertThat(type.validate(activity("setting", "duo", "groupSize", 2))).isEmpty();
        assertThat(type.validate(activity("setting", "duo", "groupSize", 3)))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("groupSize", "duo-is-two"));
        assertThat(type.validate(activity("setting", "group", "groupSize", 3))).isEmpty();
        assertThat(type.validate(activity("setting", "group", "groupSize", 2)))
                .extracting(FieldViolation::code).containsExactly("group-too-small");
        assertThat(type.validate(activity("groupSize", 1))).extracting(FieldViolation::code)
                .containsExactly("too-small");
    }

    @Test
    void anotherActivityMustBeDescribed() {
        assertThat(type.validate(activity("subtype", "other")))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("activity", "required"));
        assertThat(type.validate(activity("subtype", "other", "activity", "Buurtfeest in de Brugse Poort")))
                .isEmpty();
    }

    @Test
    void suitsEveryNewcomerAndTheOrganiserConfirmsHours() {
        assertThat(type.suitability().suits(DutchLevel.A0)).isTrue();
        assertThat(type.suitability().suits(null)).isTrue();
        assertThat(type.hourPolicy().contactPersonConfirms()).isTrue();
    }
}
