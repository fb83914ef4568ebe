package be.vierdepijler.core.buddy.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.access.Role;
import be.vierdepijler.core.buddy.domain.Buddy;
import be.vierdepijler.core.buddy.domain.BuddyProfile;
import be.vierdepijler.core.buddy.domain.BuddyScope;
import be.vierdepijler.core.buddy.domain.BuddySettings;
import be.vierdepijler.core.buddy.domain.RegistrationChannel;
import be.vierdepijler.core.shared.ForbiddenException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BuddyAccessTest {

    private static final Buddy POPERINGE = new Buddy("BD-2345-6789", new BuddyProfile("Bram", "Claeys",
            "bram@example.org", null, "33021", List.of("nl"), List.of(), List.of()), "westhoek",
            BuddySettings.initial(1), Map.of("matching", true), RegistrationChannel.SELF,
            Instant.parse("2026-11-23T10:00:00Z"), "self", LocalDate.of(2026, 11, 23));

    private static Caller caller(Role role, Set<String> networks, String nis, Long organisation) {
        return new Caller(1, "x", role, networks, nis, organisation);
    }

    private static final Caller ADMIN = caller(Role.ADMINISTRATOR, Set.of(), null, null);
    private static final Caller WESTHOEK = caller(Role.NETWORK_COORDINATOR, Set.of("westhoek"), null, null);
    private static final Caller LIMBURG = caller(Role.NETWORK_COORDINATOR, Set.of("limburg"), null, null);
    private static final Caller COUNSELLOR = caller(Role.COUNSELLOR, Set.of("westhoek"), null, null);
    private static final Caller OFFICER = caller(Role.LOCAL_OFFICER, Set.of(), "33021", null);
    private static final Caller CONTACT = caller(Role.ORGANISATION_CONTACT, Set.of(), null, 7L);
    private static final Caller VIEWER = caller(Role.VIEWER, Set.of(), null, null);

    @Test
    void whoSeesABuddy() {
        assertThat(List.of(ADMIN, WESTHOEK, COUNSELLOR, OFFICER)).allMatch(c -> BuddyAccess.sees(c, POPERINGE));
        assertThat(List.of(LIMBURG, CONTACT, VIEWER)).noneMatch(c -> BuddyAccess.sees(c, POPERINGE));
    }

    @Test
    void whoManagesAndWhoErases() {
        assertThat(List.of(ADMIN, WESTHOEK, COUNSELLOR)).allMatch(c -> BuddyAccess.manages(c, "westhoek"));
        assertThat(List.of(LIMBURG, OFFICER, CONTACT, VIEWER)).noneMatch(c -> BuddyAccess.manages(c, "westhoek"));
        assertThat(List.of(ADMIN, WESTHOEK)).allMatch(c -> BuddyAccess.mayErase(c, "westhoek"));
        assertThat(List.of(LIMBURG, COUNSELLOR, OFFICER, CONTACT, VIEWER))
                .noneMatch(c -> BuddyAccess.mayErase(c, "westhoek"));
    }

    @Test
    void listsAreScopedAndReportsCountOnlyWhatTheCallerMayCount() {
        assertThat(BuddyAccess.listScope(ADMIN).isEverything()).isTrue();
        assertThat(BuddyAccess.listScope(WESTHOEK)).isEqualTo(BuddyScope.networks(Set.of("westhoek")));
        assertThat(BuddyAccess.listScope(OFFICER)).isEqualTo(BuddyScope.municipality("33021"));
        assertThatThrownBy(() -> BuddyAccess.listScope(VIEWER)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> BuddyAccess.listScope(CONTACT)).isInstanceOf(ForbiddenException.class);

        assertThat(BuddyAccess.reportScope(VIEWER).isEverything()).isTrue();
        assertThat(BuddyAccess.reportScope(COUNSELLOR)).isEqualTo(BuddyScope.networks(Set.of("westhoek")));
        assertThatThrownBy(() -> BuddyAccess.reportScope(CONTACT)).isInstanceOf(ForbiddenException.class);
    }
}
