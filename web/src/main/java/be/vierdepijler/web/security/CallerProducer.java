package be.vierdepijler.web.security;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.user.application.Authenticator;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.NotAuthorizedException;
import java.security.Principal;
import java.util.Optional;

/**
 * The signed-in caller of this request, read from the account once per request (one statement, shared by
 * {@link RequestGuard} and the services): a deactivated account or a changed scope takes effect at the next call, also
 * for an open session.
 */
@RequestScoped
public class CallerProducer {

    @Inject
    SecurityContext security;

    @Inject
    Authenticator authenticator;

    /** Read once per request: this producer bean is request-scoped, the Caller itself is not. */
    private Optional<Authenticator.SignedIn> account;

    /** Dependent, not request-scoped: a record cannot be proxied. Inject as {@code Instance<Caller>} to defer it. */
    @Produces
    @SignedIn
    Caller caller() {
        return account().map(Authenticator.SignedIn::caller)
                .orElseThrow(() -> new NotAuthorizedException("Basic realm=\"Vierde Pijler\""));
    }

    /** The signed-in account of this request as of now; empty without a caller or when it is gone or deactivated. */
    public Optional<Authenticator.SignedIn> account() {
        if (account == null) {
            Principal principal = security.getCallerPrincipal();
            account = principal == null ? Optional.empty() : authenticator.signedIn(principal.getName());
        }
        return account;
    }
}
