package be.vierdepijler.web.platform;

import be.vierdepijler.core.trajectory.application.CertificateSeal;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/** After the migration, seals the certificates an upgrade turned into records (see {@link CertificateSeal}). */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@TransactionManagement(TransactionManagementType.BEAN)
public class CertificateSealStartup {

    private static final Logger LOG = Logger.getLogger(CertificateSealStartup.class.getName());

    @Inject
    CertificateSeal seal;

    @PostConstruct
    void sealCertificates() {
        int sealed = seal.sealUnsealed();
        if (sealed > 0) {
            LOG.info(() -> sealed + " certificates issued before this version were sealed.");
        }
    }
}
