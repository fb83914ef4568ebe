package be.vierdepijler.core.user.application;

import be.vierdepijler.core.shared.Settings;
import java.util.Optional;

/**
 * The OpenID Connect provider's settings, read at run time from the system properties {@code vp.oidc.*} (which win) or
 * the environment variables {@code VP_OIDC_*} (docs/configuration.md). Without an issuer OIDC is off: the built-in
 * sign-in alone, the OIDC paths answer 404, and a bearer token is refused as any unknown credential.
 *
 * @param issuer       the issuer URL, exactly as the provider's tokens name it ({@code iss})
 * @param clientId     this application's client id at the provider
 * @param clientSecret its client secret (confidential client)
 * @param providerName the name on the sign-in button, e.g. "de Vlaamse overheid"
 */
public record OidcSettings(String issuer, String clientId, String clientSecret, String providerName) {

    /** The settings as configured now; empty when no issuer is set. */
    public static Optional<OidcSettings> current() {
        return Settings.text("vp.oidc.issuer", "VP_OIDC_ISSUER").map(issuer -> new OidcSettings(
                issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer,
                Settings.text("vp.oidc.client-id", "VP_OIDC_CLIENT_ID").orElse("vierdepijler"),
                Settings.text("vp.oidc.client-secret", "VP_OIDC_CLIENT_SECRET").orElse(""),
                Settings.text("vp.oidc.provider-name", "VP_OIDC_PROVIDER_NAME").orElse("de identiteitsprovider")));
    }
}
