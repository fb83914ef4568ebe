package be.vierdepijler.oidc;

import be.vierdepijler.core.user.application.OidcSettings;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.wildfly.security.http.oidc.OidcClientConfiguration;
import org.wildfly.security.http.oidc.OidcClientConfigurationBuilder;
import org.wildfly.security.http.oidc.OidcHttpFacade;

/**
 * Gives elytron-oidc-client its configuration at run time, from {@link OidcSettings} ({@code VP_OIDC_*}), so the same
 * EAR and standalone.xml serve with and without OIDC. Named by the context-param {@code oidc.config.resolver} in
 * web.xml (WildFly's multi-tenancy hook). Without an issuer it returns an empty configuration: the mechanism then does
 * nothing and {@link UnavailableServlet} answers 404. The configuration is built once per setting and kept: it holds
 * the provider's discovered end-points and keys.
 */
public class EnvironmentConfigurationResolver implements org.wildfly.security.http.oidc.OidcClientConfigurationResolver {

    private volatile Built built;

    private record Built(OidcSettings settings, OidcClientConfiguration configuration) {
    }

    @Override
    public OidcClientConfiguration resolve(OidcHttpFacade.Request request) {
        Optional<OidcSettings> settings = OidcSettings.current();
        if (settings.isEmpty()) {
            return new OidcClientConfiguration();
        }
        Built current = built;
        if (current == null || !current.settings().equals(settings.get())) {
            current = new Built(settings.get(), OidcClientConfigurationBuilder.build(
                    new ByteArrayInputStream(json(settings.get()).getBytes(StandardCharsets.UTF_8))));
            built = current;
        }
        return current.configuration();
    }

    /** The deployment's oidc.json as elytron-oidc-client reads it. */
    static String json(OidcSettings settings) {
        return "{\"provider-url\":" + quoted(settings.issuer())
                + ",\"client-id\":" + quoted(settings.clientId())
                + ",\"credentials\":{\"secret\":" + quoted(settings.clientSecret()) + "}"
                + ",\"principal-attribute\":\"sub\""
                + ",\"scope\":\"profile email\""
                + ",\"ssl-required\":\"external\""
                + ",\"use-resource-role-mappings\":false"
                + "}";
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
