package be.vierdepijler.web.security;

import be.vierdepijler.core.user.application.AuthenticationResult;
import be.vierdepijler.core.user.application.Authenticator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * The built-in identity store: the user accounts in the application database. The caller's group is its role (enum
 * name); scopes are read per request from the account ({@link CallerProducer}).
 */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Authenticator authenticator;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential up)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        AuthenticationResult result = authenticator.authenticate(up.getCaller(), up.getPassword().getValue());
        if (!result.succeeded()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.caller().username(), Set.of(result.caller().role().name()));
    }
}
