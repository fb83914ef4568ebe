package be.vierdepijler.core.spi;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract must catch a type that breaks it; a contract that passes everything protects nothing. */
class TrajectoryTypeContractSelfTest {

    /**
     * Breaks several promises: no ID constant, an id that is no kebab-case, a copied description. (It inherits the
     * sample's scope: scopes are {@code @Inherited}, and CDI honours that.)
     */
    static class CarelessType extends SampleTrajectoryType {
        @Override
        public String id() {
            return "Careless_Type";
        }

        @Override
        public LocalizedText description() {
            return LocalizedText.of("Zelfde tekst.", "Zelfde tekst.");
        }
    }

    static class ContractOnCareless extends TrajectoryTypeContract {
        @Override
        protected TrajectoryType type() {
            return new CarelessType();
        }

        @Override
        protected Map<String, Object> validAttributes() {
            return Map.of("organiser", "org-1", "terrain", "city", "firstWalk", "2025-03-01");
        }
    }

    /** Forgets the bean-defining annotation, so an annotated bean archive would not discover it. */
    static class UnscopedType implements TrajectoryType {
        private final SampleTrajectoryType sample = new SampleTrajectoryType();

        @Override
        public String id() {
            return sample.id();
        }

        @Override
        public LocalizedText label() {
            return sample.label();
        }

        @Override
        public LocalizedText description() {
            return sample.description();
        }

        @Override
        public FieldSchema schema() {
            return sample.schema();
        }

        @Override
        public List<ReportingCategory> reportingCategories() {
            return List.of(SampleTrajectoryType.CITY);
        }

        @Override
        public Suitability suitability() {
            return sample.suitability();
        }

        @Override
        public HourPolicy hourPolicy() {
            return sample.hourPolicy();
        }

        @Override
        public PlacedWith placedWith() {
            return sample.placedWith();
        }
    }

    /** Valid attributes that miss a required field and carry a broken value. */
    static class ContractWithBadSample extends SampleTrajectoryTypeContractTest {
        @Override
        protected Map<String, Object> validAttributes() {
            return Map.of("organiser", "org-1", "firstWalk", "2025-03-01", "languages", List.of("dutch"));
        }
    }

    private final ContractOnCareless careless = new ContractOnCareless();

    @Test
    void catchesAMalformedId() {
        assertThatThrownBy(careless::idIsKebabCase).isInstanceOf(AssertionError.class);
        assertThatThrownBy(careless::registersAloneInAnIndex).isInstanceOf(TrajectoryTypeDefinitionException.class);
    }

    @Test
    void catchesAnIdThatIsNotTheConstant() {
        assertThatThrownBy(careless::idIsKeptAsAConstantNamedId).isInstanceOf(AssertionError.class);
    }

    @Test
    void catchesAMissingScope() {
        TrajectoryTypeContract unscoped = new ContractOnCareless() {
            @Override
            protected TrajectoryType type() {
                return new UnscopedType();
            }
        };
        assertThatThrownBy(unscoped::isDiscoverableAsAnApplicationScopedBean).isInstanceOf(AssertionError.class);
    }

    @Test
    void catchesAnUntranslatedDescription() {
        assertThatThrownBy(careless::hasLabelAndDescriptionInDutchAndEnglish).isInstanceOf(AssertionError.class);
    }

    @Test
    void catchesSampleAttributesThatAreNotValid() {
        ContractWithBadSample bad = new ContractWithBadSample();
        assertThatThrownBy(bad::validAttributesPassInBothLanguages).isInstanceOf(AssertionError.class);
    }
}
