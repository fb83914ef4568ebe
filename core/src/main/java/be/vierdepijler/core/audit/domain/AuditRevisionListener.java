package be.vierdepijler.core.audit.domain;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.hibernate.envers.RevisionListener;

/**
 * Stamps each revision with the signed-in user. Envers creates listeners itself, so the caller is looked up through
 * CDI; outside a request (start-up, scheduled jobs) the change is the {@code system}'s.
 */
public class AuditRevisionListener implements RevisionListener {

    public static final String SYSTEM = "system";

    @Override
    public void newRevision(Object revision) {
        ((AuditRevision) revision).changedBy(currentUsername());
    }

    static String currentUsername() {
        try {
            Principal principal = CDI.current().select(SecurityContext.class).get().getCallerPrincipal();
            return principal == null ? SYSTEM : principal.getName();
        } catch (RuntimeException e) {
            return SYSTEM;
        }
    }
}
