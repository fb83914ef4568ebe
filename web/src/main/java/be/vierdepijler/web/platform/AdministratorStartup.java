package be.vierdepijler.web.platform;

import be.vierdepijler.core.user.application.AdministratorBootstrap;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * At the first start, creates the administrator {@code admin} with {@code VP_ADMIN_PASSWORD} (or the system property
 * {@code vp.admin.password}), or with a random password printed once in the log. Runs after the migration.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class AdministratorStartup {

    private static final Logger LOG = Logger.getLogger(AdministratorStartup.class.getName());

    @Inject
    AdministratorBootstrap bootstrap;

    @PostConstruct
    void createFirstAdministrator() {
        Optional<String> configured = Optional.ofNullable(System.getProperty("vp.admin.password"))
                .or(() -> Optional.ofNullable(System.getenv("VP_ADMIN_PASSWORD")));
        Optional<String> generated;
        try {
            generated = bootstrap.ensureAdministrator(configured);
        } catch (RuntimeException e) {
            // Another node starting at the same moment created it first (the unique username refused ours); asked
            // again, the bootstrap sees a user and does nothing. Any other failure is thrown again from there.
            generated = bootstrap.ensureAdministrator(configured);
        }
        generated.ifPresent(password -> LOG.warning(
                "\n\n  First administrator created: user 'admin', password '" + password + "'.\n"
                        + "  This password is shown only once: sign in and change it.\n"));
    }
}
