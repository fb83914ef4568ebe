package be.vierdepijler.web.api.session;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.access.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The flags of GET /session per role: what each role may do somewhere, as the API's own rules answer it. */
class MayDtoTest {

    private static final List<String> NETWORKS = List.of("antwerpen", "gent", "leuven");

    @Test
    void anAdministratorMayDoEverything() {
        MayDto may = MayDto.of(caller(Role.ADMINISTRATOR, Set.of(), null, null), NETWORKS);
        assertThat(may).isEqualTo(new MayDto(true, true, true, true, true, true, true, true, true, true, true,
                List.of("administrator", "network-coordinator", "counsellor", "local-officer", "organisation-contact",
                        "viewer")));
    }

    @Test
    void aCoordinatorManagesTheirNetworksButNotTheFundingAndGivesOnlyLocalRoles() {
        MayDto may = MayDto.of(caller(Role.NETWORK_COORDINATOR, Set.of("gent"), null, null), NETWORKS);
        assertThat(may).isEqualTo(new MayDto(true, true, true, true, true, true, true, true, true, false, false,
                List.of("local-officer", "organisation-contact")));
    }

    @Test
    void aCounsellorFollowsPeopleButErasesNothingAndDecidesNoMatch() {
        MayDto may = MayDto.of(caller(Role.COUNSELLOR, Set.of("gent"), null, null), NETWORKS);
        assertThat(may).isEqualTo(new MayDto(true, false, true, true, true, false, false, false, false, false, false,
                List.of()));
    }

    @Test
    void aLocalOfficerPublishesOffersAndRegistersOrganisationsOfTheirMunicipality() {
        MayDto may = MayDto.of(caller(Role.LOCAL_OFFICER, Set.of(), "44021", null), NETWORKS);
        assertThat(may).isEqualTo(new MayDto(false, false, false, false, false, false, false, true, true, false,
                false, List.of()));
    }

    @Test
    void anOrganisationContactPublishesTheirOffersAndDecidesTheirHours() {
        MayDto may = MayDto.of(caller(Role.ORGANISATION_CONTACT, Set.of(), null, 7L), NETWORKS);
        assertThat(may).isEqualTo(new MayDto(false, false, false, true, false, false, false, true, false, false,
                false, List.of()));
    }

    @Test
    void aViewerMayChangeNothing() {
        MayDto may = MayDto.of(caller(Role.VIEWER, Set.of(), null, null), NETWORKS);
        assertThat(may).isEqualTo(new MayDto(false, false, false, false, false, false, false, false, false, false,
                false, List.of()));
    }

    @Test
    void aCoordinatorOfNoNetworkThatExistsMayManageNothingOfIt() {
        MayDto may = MayDto.of(caller(Role.NETWORK_COORDINATOR, Set.of("elders"), null, null), NETWORKS);
        assertThat(may.manageNewcomers()).isFalse();
        assertThat(may.decideMatches()).isFalse();
        assertThat(may.publishOffers()).isFalse();
    }

    private static Caller caller(Role role, Set<String> networks, String municipalityNis, Long organisationId) {
        return new Caller(1L, role.code(), role, networks, municipalityNis, organisationId);
    }
}
