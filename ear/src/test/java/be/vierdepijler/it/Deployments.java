package be.vierdepijler.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR that Maven built, as every integration test deploys it. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive ear() {
        File file = new File(System.getProperty("ear.file", "target/vierdepijler.ear"));
        if (!file.isFile()) {
            throw new IllegalStateException("Build the EAR first (./mvnw verify): " + file.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file);
    }
}
