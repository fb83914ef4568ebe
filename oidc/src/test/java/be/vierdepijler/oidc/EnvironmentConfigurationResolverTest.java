package be.vierdepijler.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.core.user.application.OidcSettings;
import org.junit.jupiter.api.Test;

/** The configuration elytron-oidc-client gets is built from the settings, with whatever they hold escaped. */
class EnvironmentConfigurationResolverTest {

    @Test
    void theSettingsBecomeTheDeploymentsOidcJson() {
        String json = EnvironmentConfigurationResolver.json(new OidcSettings("https://idp.example.org/realms/vl",
                "vierdepijler", "se\"cr\\et\n", "de Vlaamse overheid"));
        assertThat(json).contains("\"provider-url\":\"https://idp.example.org/realms/vl\"")
                .contains("\"client-id\":\"vierdepijler\"")
                .contains("\"credentials\":{\"secret\":\"se\\\"cr\\\\et\\u000a\"}")
                .contains("\"principal-attribute\":\"sub\"")
                .doesNotContain("de Vlaamse overheid");
    }
}
