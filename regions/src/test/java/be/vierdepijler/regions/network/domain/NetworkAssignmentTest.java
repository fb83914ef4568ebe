package be.vierdepijler.regions.network.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NetworkAssignmentTest {

    @Test
    void theCitiesOfAntwerpenAndGentFormTheirOwnNetwork() {
        assertThat(NetworkAssignment.networkIdOf("11002", "Regio Antwerpen")).isEqualTo("antwerpen");
        assertThat(NetworkAssignment.networkIdOf("44021", "Regio Gent")).isEqualTo("gent");
    }

    @Test
    void theRestOfTheirReferenceRegionStaysInTheRegionalNetwork() {
        assertThat(NetworkAssignment.networkIdOf("11001", "Regio Antwerpen")).isEqualTo("regio-antwerpen");
        assertThat(NetworkAssignment.networkIdOf("44084", "Regio Gent")).isEqualTo("regio-gent");
    }

    @Test
    void brusselsMunicipalitiesHaveNoReferenceRegionAndFormBrusselVgc() {
        assertThat(NetworkAssignment.networkIdOf("21004", null)).isEqualTo("brussel");
        assertThat(NetworkAssignment.networkIdOf("21004", " ")).isEqualTo("brussel");
    }

    @Test
    void slugsAreKebabCaseWithoutAccents() {
        assertThat(NetworkAssignment.slugOf("Zuid-West-Vlaanderen")).isEqualTo("zuid-west-vlaanderen");
        assertThat(NetworkAssignment.slugOf("Regio Brugge")).isEqualTo("regio-brugge");
        assertThat(NetworkAssignment.slugOf(" Brussel (VGC) ")).isEqualTo("brussel-vgc");
    }
}
