package be.vierdepijler.web.security;

import be.vierdepijler.core.user.application.Authenticator;
import be.vierdepijler.core.user.domain.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.NotAuthorizedException;
import java.security.Principal;

/**
 * The signed-in caller of this request, read from the account once per request: a deactivated account or a changed
 * scope takes effect at the next call, also for an open session.
 */
@RequestScoped
public class CallerProducer {

    @Inject
    SecurityContext security;

    @Inject
    Authenticator authenticator;

    /** Read once per request: this producer bean is request-scoped, the Caller itself is not. */
    private Caller current;

    /** Dependent, not request-scoped: a record cannot be proxied. Inject as {@code Instance<Caller>} to defer it. */
    @Produces
    @SignedIn
    Caller caller() {
        if (current == null) {
            Principal principal = security.getCallerPrincipal();
            if (principal == null) {
                throw new NotAuthorizedException("Basic realm=\"Vierde Pijler\"");
            }
            current = authenticator.current(principal.getName())
                    .orElseThrow(() -> new NotAuthorizedException("Basic realm=\"Vierde Pijler\""));
        }
        return current;
    }
}
