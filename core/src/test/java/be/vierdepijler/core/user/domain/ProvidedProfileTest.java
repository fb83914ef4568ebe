package be.vierdepijler.core.user.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProvidedProfileTest {

    @Test
    void aNameTooLongIsCutButAnAddressTooLongIsDroppedSinceACutOneCouldBeSomeoneElses() {
        String longName = "N".repeat(UserAccount.MAX_DISPLAY_NAME + 5);
        String longAddress = "a".repeat(UserAccount.MAX_EMAIL) + "@example.org";
        ProvidedProfile profile = ProvidedProfile.of(longName, longAddress, true);
        assertThat(profile.displayName()).hasSize(UserAccount.MAX_DISPLAY_NAME);
        assertThat(profile.email()).isNull();
        assertThat(profile.emailVerified()).isTrue();
    }

    @Test
    void blankIsNoneAndValuesAreStripped() {
        ProvidedProfile profile = ProvidedProfile.of("  Nele Nieuwkomer ", " nele@example.org ", false);
        assertThat(profile.displayName()).isEqualTo("Nele Nieuwkomer");
        assertThat(profile.email()).isEqualTo("nele@example.org");
        ProvidedProfile blank = ProvidedProfile.of("   ", " ", false);
        assertThat(blank.displayName()).isNull();
        assertThat(blank.email()).isNull();
    }
}
