package be.vierdepijler.core.user.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** OIDC is on only with an issuer, read at run time (the same build serves with and without it). */
class OidcSettingsTest {

    @AfterEach
    void clear() {
        for (String p : new String[] {"vp.oidc.issuer", "vp.oidc.client-id", "vp.oidc.client-secret",
                "vp.oidc.provider-name"}) {
            System.clearProperty(p);
        }
    }

    @Test
    void withoutAnIssuerOidcIsOff() {
        assertThat(System.getenv("VP_OIDC_ISSUER")).as("the test environment sets no issuer").isNull();
        assertThat(OidcSettings.current()).isEmpty();
        System.setProperty("vp.oidc.issuer", "  ");
        assertThat(OidcSettings.current()).isEmpty();
    }

    @Test
    void theIssuerSwitchesItOnAtRunTime() {
        System.setProperty("vp.oidc.issuer", "https://idp.example.org/realms/vlaanderen/");
        System.setProperty("vp.oidc.client-secret", "s3cret");
        OidcSettings settings = OidcSettings.current().orElseThrow();
        assertThat(settings.issuer()).isEqualTo("https://idp.example.org/realms/vlaanderen");
        assertThat(settings.clientId()).isEqualTo("vierdepijler");
        assertThat(settings.clientSecret()).isEqualTo("s3cret");
        assertThat(settings.providerName()).isEqualTo("de identiteitsprovider");
        System.clearProperty("vp.oidc.issuer");
        assertThat(OidcSettings.current()).isEmpty();
    }
}
