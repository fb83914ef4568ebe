package be.vierdepijler.core.user.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.access.Role;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    private static Caller caller(Role role, Set<String> networks, String nis) {
        return new Caller(1, "x", role, networks, nis, null);
    }

    @Test
    void anAdministratorCoversAndManagesEveryNetwork() {
        Caller admin = caller(Role.ADMINISTRATOR, Set.of(), null);
        assertThat(admin.coversNetwork("westhoek")).isTrue();
        assertThat(admin.managesNetwork("limburg")).isTrue();
    }

    @Test
    void aCoordinatorCoversAndManagesOnlyItsNetworks() {
        Caller coordinator = caller(Role.NETWORK_COORDINATOR, Set.of("westhoek"), null);
        assertThat(coordinator.coversMunicipality("33021", "westhoek")).isTrue();
        assertThat(coordinator.coversMunicipality("71022", "limburg")).isFalse();
        assertThat(coordinator.managesNetwork("westhoek")).isTrue();
        assertThat(coordinator.managesNetwork("limburg")).isFalse();
    }

    @Test
    void aCounsellorCoversItsNetworksButManagesNone() {
        Caller counsellor = caller(Role.COUNSELLOR, Set.of("westhoek"), null);
        assertThat(counsellor.coversNetwork("westhoek")).isTrue();
        assertThat(counsellor.managesNetwork("westhoek")).isFalse();
    }

    @Test
    void aLocalOfficerCoversOnlyItsMunicipality() {
        Caller officer = caller(Role.LOCAL_OFFICER, Set.of(), "33021");
        assertThat(officer.coversMunicipality("33021", "westhoek")).isTrue();
        assertThat(officer.coversMunicipality("33011", "westhoek")).isFalse();
        assertThat(officer.coversNetwork("westhoek")).isFalse();
    }

    @Test
    void aViewerCoversNoPersonalData() {
        Caller viewer = caller(Role.VIEWER, Set.of(), null);
        assertThat(viewer.coversMunicipality("33021", "westhoek")).isFalse();
    }
}
