package be.vierdepijler.core.spi;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.core.profile.domain.Interest;
import be.vierdepijler.core.profile.domain.TimeSlot;
import be.vierdepijler.core.shared.FieldViolation;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every trajectory type must satisfy. A trajectory module extends this class in its own tests (name it
 * {@code ...ContractTest} so surefire runs it), answering its type and one set of valid placement attributes; the
 * inherited tests then check the type against the SPI's promises. Shipped in core's test-jar.
 */
public abstract class TrajectoryTypeContract {

    /** A fresh instance of the type under test, as the container would create it. */
    protected abstract TrajectoryType type();

    /** Attributes of a placement this type accepts; they must touch every required field. */
    protected abstract Map<String, Object> validAttributes();

    @Test
    void idIsKebabCase() {
        assertThat(type().id()).matches(TrajectoryType.ID_PATTERN);
    }

    @Test
    void idIsKeptAsAConstantNamedId() throws ReflectiveOperationException {
        Field constant = type().getClass().getField("ID");
        assertThat(Modifier.isStatic(constant.getModifiers()) && Modifier.isFinal(constant.getModifiers()))
                .as("ID is a static final constant").isTrue();
        assertThat(constant.get(null)).isEqualTo(type().id());
    }

    @Test
    void isDiscoverableAsAnApplicationScopedBean() {
        // The modules' beans.xml discovers annotated beans only: without the scope the registry never sees the type.
        assertThat(type().getClass().isAnnotationPresent(ApplicationScoped.class))
                .as(type().getClass().getName() + " is annotated @ApplicationScoped").isTrue();
    }

    @Test
    void hasLabelAndDescriptionInDutchAndEnglish() {
        TrajectoryType type = type();
        assertThat(type.label()).isNotNull();
        assertThat(type.description()).isNotNull();
        assertThat(type.description().en()).as("the English description is a translation, not a copy")
                .isNotEqualTo(type.description().nl());
    }

    @Test
    void schemaIsWellFormedAndLabelledInBothLanguages() {
        FieldSchema schema = type().schema();
        assertThat(schema.fields()).as("a type asks for at least one field").isNotEmpty();
        assertThat(schema.requiredNames()).as("a type requires at least one field").isNotEmpty();
        for (FieldDefinition field : schema.fields()) {
            assertThat(field.label()).as(field.name() + " label").isNotNull();
            assertThat(field.choices()).allSatisfy(c -> assertThat(c.label()).isNotNull());
        }
        assertThat(type().schema()).as("the schema is the same on every call").isEqualTo(schema);
    }

    @Test
    void saysHowItIsPlacedAsItsSchemaDoes() {
        TrajectoryType type = type();
        assertThat(type.placedWith()).as("placed with a buddy or in an offer").isNotNull();
        assertThat(type.placedWith()).as("placedWith() agrees with the schema's reference to a buddy, or its absence")
                .isEqualTo(PlacedWith.impliedBy(type.schema()));
    }

    @Test
    void reportingCategoriesAreNamedAndUnique() {
        List<ReportingCategory> categories = type().reportingCategories();
        assertThat(categories).isNotEmpty();
        Set<String> ids = new HashSet<>();
        for (ReportingCategory category : categories) {
            assertThat(ids.add(category.id())).as("category " + category.id() + " listed once").isTrue();
        }
    }

    @Test
    void validAttributesPassInBothLanguages() {
        assertThat(type().validate(validAttributes())).isEmpty();
        assertThat(type().validate(validAttributes(), LocalizedText.ENGLISH)).isEmpty();
    }

    @Test
    void aValidPlacementCountsUnderOneOfItsCategories() {
        PlacementAttributes attributes = PlacementValidator.requireValid(type(), validAttributes(),
                LocalizedText.DUTCH);
        assertThat(type().reportingCategories()).contains(type().reportingCategory(attributes));
    }

    @Test
    void emptyAttributesNameEveryRequiredField() {
        List<FieldViolation> violations = type().validate(Map.of());
        assertThat(violations).filteredOn(v -> v.code().equals("required")).extracting(FieldViolation::field)
                .containsAll(type().schema().requiredNames());
    }

    @Test
    void eachRequiredFieldIsReportedWhenItAloneIsMissing() {
        for (String name : type().schema().requiredNames()) {
            Map<String, Object> attributes = new HashMap<>(validAttributes());
            attributes.remove(name);
            assertThat(type().validate(attributes)).as("without " + name).anySatisfy(v -> {
                assertThat(v.field()).isEqualTo(name);
                assertThat(v.code()).isEqualTo("required");
            });
        }
    }

    @Test
    void anUnknownAttributeIsRefusedByName() {
        Map<String, Object> attributes = new HashMap<>(validAttributes());
        attributes.put("notInAnySchema", "x");
        assertThat(type().validate(attributes)).extracting(FieldViolation::field).containsExactly("notInAnySchema");
    }

    @Test
    void messagesFollowTheLanguageAskedFor() {
        List<FieldViolation> dutch = type().validate(Map.of());
        List<FieldViolation> english = type().validate(Map.of(), LocalizedText.ENGLISH);
        assertThat(english).extracting(FieldViolation::field).isEqualTo(dutch.stream().map(FieldViolation::field)
                .toList());
        assertThat(english.get(0).message()).isNotEqualTo(dutch.get(0).message());
    }

    @Test
    void aDayHoldsAtMostTwentyFourHoursAndTheCapIsEnforced() {
        HourPolicy policy = type().hourPolicy();
        assertThat(policy.maxHoursPerDay()).isLessThanOrEqualTo(HourPolicy.FULL_DAY);
        assertThat(policy.checkDay(policy.maxHoursPerDay())).isEmpty();
        assertThat(policy.checkDay(policy.maxHoursPerDay().add(policy.step())))
                .extracting(LocalizedViolation::code).containsExactly("above-daily-cap");
        assertThat(policy.checkDay(BigDecimal.ZERO)).extracting(LocalizedViolation::code)
                .containsExactly("not-positive");
    }

    @Test
    void saysWhichNewcomersItSuits() {
        Suitability suitability = type().suitability();
        assertThat(suitability).isNotNull();
        assertThat(suitability.suits(DutchLevel.C2)).as("a fluent speaker suits every type").isTrue();
    }

    @Test
    void registersAloneInAnIndex() {
        TrajectoryTypeIndex index = TrajectoryTypeIndex.of(List.of(type()));
        assertThat(index.find(type().id())).isPresent();
    }

    @Test
    void itsOwnMatchScoringAnswersForEveryNewcomerIncludingAnEmptyProfile() {
        // A type without the capability passes; one with it must cope with an unassessed, empty profile too.
        type().capability(MatchScoring.class).ifPresent(scoring -> {
            List<MatchingNewcomer> newcomers = List.of(
                    new MatchingNewcomer(null, Set.of(), Set.of(), Set.of()),
                    new MatchingNewcomer(DutchLevel.A0, Set.of("ar"), Set.of(Interest.COOKING), Set.of()),
                    new MatchingNewcomer(DutchLevel.C2, Set.of("en", "fr", "uk"), Set.of(Interest.values()),
                            Set.copyOf(TimeSlot.all())));
            for (MatchingNewcomer newcomer : newcomers) {
                assertThat(scoring.contribution(newcomer)).as("an answer, possibly empty, never null").isNotNull();
            }
        });
    }
}
