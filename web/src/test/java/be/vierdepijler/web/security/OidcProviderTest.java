package be.vierdepijler.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.core.user.application.OidcSettings;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An unreachable provider is asked again only after a back-off that doubles up to its limit: every bearer call while
 * it is down would otherwise wait for a connection and write a warning.
 */
class OidcProviderTest {

    private static final OidcSettings SETTINGS = new OidcSettings("https://idp.example/realms/vp", "vierdepijler",
            "secret", "ACM/IDM");

    private final OidcProvider oidc = new OidcProvider();
    private Instant now = Instant.parse("2026-12-05T08:00:00Z");
    private int tries;
    private boolean reachable;

    @BeforeEach
    void aProviderThatCountsItsTries() {
        oidc.clock = Clock.fixed(now, ZoneOffset.UTC);
        oidc.discovery = settings -> {
            tries++;
            if (!reachable) {
                throw new IOException("Connection refused");
            }
            return new OidcProvider.Provider(settings, null, null);
        };
    }

    private void after(Duration duration) {
        now = now.plus(duration);
        oidc.clock = Clock.fixed(now, ZoneOffset.UTC);
    }

    @Test
    void anUnreachableProviderIsAskedAgainOnlyAfterABackOffThatDoublesUpToItsLimit() {
        assertThat(oidc.provider(SETTINGS)).isEmpty();
        assertThat(tries).isEqualTo(1);
        for (int call = 0; call < 50; call++) {
            assertThat(oidc.provider(SETTINGS)).isEmpty();
        }
        assertThat(tries).as("50 calls within the first wait").isEqualTo(1);

        after(OidcProvider.FIRST_WAIT.minusMillis(1));
        oidc.provider(SETTINGS);
        assertThat(tries).isEqualTo(1);
        after(Duration.ofMillis(1));
        oidc.provider(SETTINGS);
        assertThat(tries).as("the first wait passed").isEqualTo(2);

        after(OidcProvider.FIRST_WAIT.multipliedBy(2).minusMillis(1));
        oidc.provider(SETTINGS);
        assertThat(tries).as("the wait doubled").isEqualTo(2);
        after(Duration.ofMillis(1));
        oidc.provider(SETTINGS);
        assertThat(tries).isEqualTo(3);

        for (int failure = 0; failure < 10; failure++) {
            after(OidcProvider.MAX_WAIT);
            oidc.provider(SETTINGS);
        }
        assertThat(tries).as("never longer than the limit").isEqualTo(13);

        reachable = true;
        after(OidcProvider.MAX_WAIT);
        assertThat(oidc.provider(SETTINGS)).isPresent();
        assertThat(oidc.provider(SETTINGS)).isPresent();
        assertThat(tries).as("found once, then kept").isEqualTo(14);
    }

    @Test
    void newSettingsAreTriedAtOnceWhateverTheOldOnesBackOff() {
        oidc.provider(SETTINGS);
        oidc.provider(SETTINGS);
        assertThat(tries).isEqualTo(1);
        OidcSettings corrected = new OidcSettings("https://idp.example/realms/vierdepijler", "vierdepijler", "secret",
                "ACM/IDM");
        reachable = true;
        assertThat(oidc.provider(corrected)).isPresent();
        assertThat(tries).isEqualTo(2);
    }
}
