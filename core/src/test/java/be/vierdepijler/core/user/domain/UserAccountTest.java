package be.vierdepijler.core.user.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.vierdepijler.core.access.Role;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static UserAccount account(Role role, Set<String> networks, String nis, Long organisation) {
        return new UserAccount("an.peeters", "An Peeters", null, role, networks, nis, organisation, "hash", NOW);
    }

    private static Iterable<String> fieldsOf(Throwable e) {
        return ((InvalidInputException) e).violations().stream().map(FieldViolation::field).toList();
    }

    @Test
    void eachRoleNeedsItsOwnScopeAndNothingElse() {
        assertThat(account(Role.NETWORK_COORDINATOR, Set.of("westhoek"), null, null).networkIds())
                .containsExactly("westhoek");
        assertThat(account(Role.LOCAL_OFFICER, Set.of(), "33021", null).municipalityNis()).isEqualTo("33021");
        assertThat(account(Role.ORGANISATION_CONTACT, Set.of(), null, 7L).organisationId()).isEqualTo(7L);
        assertThat(account(Role.VIEWER, Set.of(), null, null).role()).isEqualTo(Role.VIEWER);

        assertThatThrownBy(() -> account(Role.COUNSELLOR, Set.of(), null, null))
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("networkIds"));
        assertThatThrownBy(() -> account(Role.LOCAL_OFFICER, Set.of(), "3302", null))
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("municipalityNis"));
        assertThatThrownBy(() -> account(Role.ORGANISATION_CONTACT, Set.of(), null, null))
                .satisfies(e -> assertThat(fieldsOf(e)).containsExactly("organisationId"));
        assertThatThrownBy(() -> account(Role.ADMINISTRATOR, Set.of("westhoek"), "33021", 1L))
                .satisfies(e -> assertThat(fieldsOf(e))
                        .containsExactly("networkIds", "municipalityNis", "organisationId"));
    }

    @Test
    void refusesABadUsernameAndAMissingName() {
        assertThatThrownBy(() -> new UserAccount("An Peeters", " ", null, Role.VIEWER, Set.of(), null, null,
                "hash", NOW)).satisfies(e -> assertThat(fieldsOf(e)).containsExactly("username", "displayName"));
    }

    @Test
    void aNameOrAddressLongerThanItsColumnIsRefusedBeforeTheDatabaseSeesIt() {
        String name = "n".repeat(UserAccount.MAX_DISPLAY_NAME + 1);
        String email = "e".repeat(UserAccount.MAX_EMAIL - 5) + "@x.org";
        assertThatThrownBy(() -> new UserAccount("an.peeters", name, email, Role.VIEWER, Set.of(), null, null,
                "hash", NOW)).satisfies(e -> assertThat(((InvalidInputException) e).violations())
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("displayName", "too-long"),
                        org.assertj.core.groups.Tuple.tuple("email", "too-long")));
        UserAccount a = account(Role.VIEWER, Set.of(), null, null);
        assertThatThrownBy(() -> a.changeProfile(name, null, true)).satisfies(e -> assertThat(fieldsOf(e))
                .containsExactly("displayName"));
        assertThatThrownBy(() -> a.changeProfile("An", email, true)).satisfies(e -> assertThat(fieldsOf(e))
                .containsExactly("email"));
        assertThat(a.displayName()).isEqualTo("An Peeters");
        a.changeProfile(" " + "n".repeat(UserAccount.MAX_DISPLAY_NAME) + " ", "e".repeat(194) + "@x.org", true);
        assertThat(a.displayName()).hasSize(UserAccount.MAX_DISPLAY_NAME);
    }

    @Test
    void fiveFailuresInARowLockForAQuarterAndASuccessResets() {
        UserAccount a = account(Role.VIEWER, Set.of(), null, null);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            a.recordFailedLogin(NOW);
        }
        assertThat(a.isLocked(NOW)).isFalse();
        a.recordSuccessfulLogin();
        assertThat(a.failedLogins()).isZero();
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            a.recordFailedLogin(NOW);
        }
        assertThat(a.isLocked(NOW)).isTrue();
        assertThat(a.isLocked(NOW.plus(LoginThrottle.LOCK).minusSeconds(1))).isTrue();
        assertThat(a.isLocked(NOW.plus(LoginThrottle.LOCK))).isFalse();
    }

    @Test
    void aScopeChangeFollowsTheSameRules() {
        UserAccount a = account(Role.NETWORK_COORDINATOR, Set.of("westhoek"), null, null);
        a.changeScope(Set.of("westhoek", "limburg"), null, null);
        assertThat(a.networkIds()).containsExactlyInAnyOrder("westhoek", "limburg");
        assertThatThrownBy(() -> a.changeScope(Set.of(), null, null)).isInstanceOf(InvalidInputException.class);
        assertThat(a.networkIds()).hasSize(2);
    }
}
