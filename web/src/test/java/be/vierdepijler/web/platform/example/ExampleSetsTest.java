package be.vierdepijler.web.platform.example;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.web.platform.example.ExampleSets.Part;
import org.junit.jupiter.api.Test;

class ExampleSetsTest {

    @Test
    void unsetOrBlankAsksForNothing() {
        assertThat(ExampleSets.parse(null).parts()).isEmpty();
        assertThat(ExampleSets.parse("  ").parts()).isEmpty();
        assertThat(ExampleSets.parse(null).valid()).isTrue();
    }

    @Test
    void readsEachPartInAnyOrderCaseAndSpacing() {
        assertThat(ExampleSets.parse("sources,synthetic").parts()).containsExactlyInAnyOrder(Part.SOURCES,
                Part.SYNTHETIC);
        assertThat(ExampleSets.parse(" Synthetic , SOURCES ").parts()).containsExactlyInAnyOrder(Part.SOURCES,
                Part.SYNTHETIC);
        assertThat(ExampleSets.parse("synthetic,,synthetic").parts()).containsExactly(Part.SYNTHETIC);
        assertThat(ExampleSets.parse("synthetic").asks(Part.SOURCES)).isFalse();
    }

    @Test
    void anUnknownValueLoadsNothingAtAllAndTheErrorNamesItAndTheAllowedValues() {
        ExampleSets.Request typo = ExampleSets.parse("sources,synthetc");
        assertThat(typo.valid()).isFalse();
        assertThat(typo.parts()).isEmpty();
        assertThat(typo.asks(Part.SOURCES)).as("not half of what was meant").isFalse();
        assertThat(typo.unknown()).containsExactly("synthetc");
        assertThat(typo.error()).contains("VP_EXAMPLE_DATA").contains("'synthetc'").contains("sources, synthetic")
                .contains("No example data is loaded");
    }

    @Test
    void theLoaderIsAnAdministratorThatIsNoAccount() {
        assertThat(ExampleSets.LOADER.isAdministrator()).isTrue();
        assertThat(ExampleSets.LOADER.username()).isEqualTo("voorbeelddata");
    }
}
