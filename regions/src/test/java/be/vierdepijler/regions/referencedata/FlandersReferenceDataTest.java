package be.vierdepijler.regions.referencedata;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.vierdepijler.regions.municipality.domain.Province;
import be.vierdepijler.regions.municipality.domain.Region;
import be.vierdepijler.regions.network.domain.NetworkKind;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FlandersReferenceDataTest {

    private final FlandersReferenceData data = FlandersReferenceData.load();

    @Test
    void knowsAll304MunicipalitiesOnce() {
        assertThat(data.municipalities()).hasSize(304);
        assertThat(data.municipalities().stream().map(MunicipalityRecord::nisCode).distinct()).hasSize(304);
    }

    @Test
    void derivesThe18Networks() {
        assertThat(data.networks()).hasSize(18);
        assertThat(data.networks().stream().filter(n -> n.kind() == NetworkKind.CITY).map(NetworkRecord::id))
                .containsExactlyInAnyOrder("antwerpen", "gent", "brussel");
        assertThat(data.networks().stream().filter(n -> n.kind() == NetworkKind.REFERENCE_REGION)).hasSize(15);
        assertThat(data.networks().stream().map(NetworkRecord::id)).doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @Test
    void everyMunicipalityLandsInExactlyOneExistingNetwork() {
        Set<String> networkIds = data.networks().stream().map(NetworkRecord::id).collect(Collectors.toSet());
        assertThat(data.municipalities()).allSatisfy(m -> assertThat(networkIds).contains(m.networkId()));
        assertThat(networkIds).allSatisfy(id ->
                assertThat(data.municipalities().stream().filter(m -> m.networkId().equals(id))).isNotEmpty());
    }

    @Test
    void countsPerNetworkFollowTheReferenceRegionsWithTheCitiesCarvedOut() {
        Map<String, Long> counts = data.municipalities().stream()
                .collect(groupingBy(MunicipalityRecord::networkId, counting()));
        assertThat(counts).containsEntry("antwerpen", 1L).containsEntry("regio-antwerpen", 27L)
                .containsEntry("gent", 1L).containsEntry("regio-gent", 19L)
                .containsEntry("brussel", 19L).containsEntry("westhoek", 17L).containsEntry("limburg", 38L)
                .containsEntry("middenkust", 7L).containsEntry("halle-vilvoorde", 31L)
                .containsEntry("zuid-west-vlaanderen", 13L);
        assertThat(counts.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(304);
    }

    @Test
    void brusselsHasNoProvinceAndNoReferenceRegion() {
        assertThat(data.municipalities().stream().filter(m -> m.region() == Region.BRUSSEL))
                .hasSize(19)
                .allSatisfy(m -> {
                    assertThat(m.province()).isNull();
                    assertThat(m.referenceRegionCode()).isNull();
                    assertThat(m.networkId()).isEqualTo("brussel");
                });
    }

    @Test
    void countsPerProvinceMatchTheSource() {
        Map<Province, Long> counts = data.municipalities().stream().filter(m -> m.province() != null)
                .collect(groupingBy(MunicipalityRecord::province, counting()));
        assertThat(counts).containsEntry(Province.ANTWERPEN, 67L).containsEntry(Province.VLAAMS_BRABANT, 63L)
                .containsEntry(Province.WEST_VLAANDEREN, 62L).containsEntry(Province.OOST_VLAANDEREN, 55L)
                .containsEntry(Province.LIMBURG, 38L);
    }

    @Test
    void theCityNetworksRecordTheirReferenceRegion() {
        assertThat(data.networks()).filteredOn(n -> n.id().equals("gent"))
                .singleElement().satisfies(n -> assertThat(n.referenceRegionCode()).isEqualTo("REFREG13"));
        assertThat(data.networks()).filteredOn(n -> n.id().equals("brussel"))
                .singleElement().satisfies(n -> assertThat(n.referenceRegionCode()).isNull());
    }

    @Test
    void refusesAFileWithAnotherLayout() {
        String csv = "nis,name\n11001,Aartselaar\n";
        assertThatThrownBy(() -> FlandersReferenceData.read(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("header");
    }

    @Test
    void refusesAFlemishMunicipalityWithoutReferenceRegion() {
        String csv = "nis_code,gemeente,gewest,provincie,refreg_code,referentieregio\n"
                + "11001,Aartselaar,Vlaams Gewest,Antwerpen (Prov.),,\n";
        assertThatThrownBy(() -> FlandersReferenceData.read(
                new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Line 2");
    }
}
