package be.vierdepijler.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A second type claiming the id {@code buddy} fails the deployment at start, with a message naming both classes,
 * instead of serving a catalogue in which one of them silently wins.
 */
@ExtendWith(ArquillianExtension.class)
class DuplicateTrajectoryTypeIT {

    private static final String DUPLICATE = "duplicate-buddy";

    @ArquillianResource
    Deployer deployer;

    @Deployment(name = DUPLICATE, managed = false, testable = false)
    static EnterpriseArchive deployment() {
        JavaArchive duplicate = ShrinkWrap.create(JavaArchive.class, "second-buddy.jar")
                .addClass(SecondBuddyType.class)
                .addAsManifestResource(new StringAsset("<beans xmlns=\"https://jakarta.ee/xml/ns/jakartaee\""
                        + " version=\"4.0\" bean-discovery-mode=\"all\"/>"), "beans.xml");
        return Deployments.ear().addAsLibrary(duplicate);
    }

    @Test
    void aDuplicateIdFailsTheDeploymentNamingBothClasses() {
        Throwable failure = catchThrowable(() -> deployer.deploy(DUPLICATE));
        try {
            assertThat(failure).as("the deployment must fail").isNotNull();
            assertThat(messages(failure)).contains("id 'buddy' is claimed by 2 trajectory types")
                    .contains("be.vierdepijler.trajectory.buddy.BuddyTrajectoryType")
                    .contains(SecondBuddyType.class.getName());
        } finally {
            if (failure == null) {
                deployer.undeploy(DUPLICATE);
            }
        }
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
