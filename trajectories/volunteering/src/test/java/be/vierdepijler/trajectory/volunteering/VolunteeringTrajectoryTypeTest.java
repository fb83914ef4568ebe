package be.vierdepijler.trajectory.volunteering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.spi.DutchLevel;
import be.vierdepijler.core.spi.PlacementValidator;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VolunteeringTrajectoryTypeTest {

    private final VolunteeringTrajectoryType type = new VolunteeringTrajectoryType();

    private Map<String, Object> volunteering(Object... changes) {
        Map<String, Object> attributes = new HashMap<>(Map.of("organisation", "org-5", "role", "Hulp bij de chiro",
                "insuranceConfirmed", true));
        for (int i = 0; i < changes.length; i += 2) {
            attributes.put((String) changes[i], changes[i + 1]);
        }
        return attributes;
    }

    @Test
    void startsOnlyOnceTheInsuranceIsConfirmed() {
        assertThat(type.validate(volunteering())).isEmpty();
        assertThat(type.validate(volunteering("insuranceConfirmed", false)))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("insuranceConfirmed", "insurance-not-confirmed"));
        Map<String, Object> unknown = volunteering();
        unknown.remove("insuranceConfirmed");
        assertThat(type.validate(unknown)).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("insuranceConfirmed", "required"));
    }

    @Test
    void aRoleIsMoreThanALetterAndLessThanALetterToTheEditor() {
        assertThat(type.validate(volunteering("role", "x"))).extracting(FieldViolation::code)
                .containsExactly("too-short");
        assertThat(type.validate(volunteering("role", "x".repeat(201)))).extracting(FieldViolation::code)
                .containsExactly("too-long");
        assertThat(type.validate(volunteering("role", "x".repeat(200)))).isEmpty();
    }

    @Test
    void theOrganisationIsAReference() {
        assertThat(type.validate(volunteering("organisation", "De Chiro in Gent"))).extracting(FieldViolation::code)
                .containsExactly("malformed-reference");
    }

    @Test
    void suitsFromA1CountsAFullDayConfirmedByTheOrganisationAndReportsAsVolunteering() {
        assertThat(type.suitability().suits(DutchLevel.A0)).isFalse();
        assertThat(type.suitability().suits(DutchLevel.A1)).isTrue();
        assertThat(type.hourPolicy().contactPersonConfirms()).isTrue();
        assertThat(type.hourPolicy().checkDay(new BigDecimal("10"))).isEmpty();
        assertThat(type.reportingCategory(PlacementValidator.check(type, volunteering()).attributes()).label().nl())
                .isEqualTo("Vrijwilligerswerk");
    }
}
