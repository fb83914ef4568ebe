package be.vierdepijler.core.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.vierdepijler.core.shared.FieldViolation;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The check every list's network and municipality filter shares ({@link PlaceDirectory#filterViolations}). */
class PlaceDirectoryTest {

    /** Two networks and one municipality, kept in memory: the default methods need nothing more. */
    private static final PlaceDirectory PLACES = new PlaceDirectory() {
        @Override
        public boolean networkExists(String networkId) {
            return Set.of("westhoek", "limburg").contains(networkId);
        }

        @Override
        public Map<String, String> networkNames() {
            return Map.of("westhoek", "Westhoek", "limburg", "Limburg");
        }

        @Override
        public Optional<String> networkOfMunicipality(String nisCode) {
            return "33021".equals(nisCode) ? Optional.of("westhoek") : Optional.empty();
        }

        @Override
        public Optional<String> networkOfOrganisation(long organisationId) {
            return Optional.empty();
        }

        @Override
        public Set<Long> organisationsIn(Set<String> networkIds) {
            return Set.of();
        }

        @Override
        public Set<String> municipalitiesIn(Set<String> networkIds) {
            return networkIds.contains("westhoek") ? Set.of("33021") : Set.of();
        }

        @Override
        public Optional<Residence> residence(String nisCode, LocalDate on) {
            return Optional.empty();
        }

        @Override
        public Map<String, MunicipalityPlace> places(Set<String> nisCodes) {
            Map<String, MunicipalityPlace> found = new HashMap<>();
            if (nisCodes.contains("33021")) {
                found.put("33021", new MunicipalityPlace("33021", "Poperinge", "westhoek", "Westhoek", "WVL",
                        "West-Vlaanderen"));
            }
            return found;
        }
    };

    @Test
    void noFilterAndKnownPlacesAreInOrder() {
        assertThat(PLACES.filterViolations(null, null)).isEmpty();
        assertThat(PLACES.filterViolations("westhoek", "33021")).isEmpty();
        assertThat(PLACES.filterViolations("limburg", null)).isEmpty();
    }

    @Test
    void eachUnknownPlaceIsNamedByItsField() {
        assertThat(PLACES.filterViolations("atlantis", "99999")).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("network", "unknown-network"),
                        tuple("municipality", "unknown-municipality"));
        assertThat(PLACES.filterViolations("westhoek", "99999")).extracting(FieldViolation::field)
                .containsExactly("municipality");
        assertThat(PLACES.filterViolations("atlantis", "33021").get(0).message())
                .isEqualTo("Er bestaat geen netwerk 'atlantis'.");
    }
}
