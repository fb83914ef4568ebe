package be.vierdepijler.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The EAR that Maven built, as every integration test deploys it ({@link DefaultDeployment} for those that declare no
 * deployment of their own).
 */
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

    /** The EAR with test-only classes (REST fixtures) added to its web module. */
    public static EnterpriseArchive earWith(Class<?>... webClasses) {
        EnterpriseArchive ear = ear();
        WebArchive web = ear.getAsType(WebArchive.class, "web.war");
        web.addClasses(webClasses);
        ear.delete("web.war");
        return ear.addAsModule(web);
    }
}
