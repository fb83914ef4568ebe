package be.vierdepijler.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.DeploymentConfiguration;
import org.jboss.arquillian.container.test.spi.client.deployment.AutomaticDeployment;
import org.jboss.arquillian.test.spi.TestClass;

/**
 * The deployment of every integration test that declares none: the EAR that Maven built ({@link Deployments#ear()}),
 * with the fixtures its class names in {@link Fixtures}, run as a client (not testable). A test that needs something
 * else in the EAR (a second trajectory type, an extra library) declares its own {@code @Deployment}, and this one
 * stays out of its way. Registered for Arquillian in
 * {@code META-INF/services/org.jboss.arquillian.container.test.spi.client.deployment.AutomaticDeployment}.
 */
public class DefaultDeployment implements AutomaticDeployment {

    @Override
    public DeploymentConfiguration generateDeploymentScenario(TestClass testClass) {
        if (testClass.getMethods(Deployment.class).length > 0) {
            return null;
        }
        Fixtures fixtures = testClass.getJavaClass().getAnnotation(Fixtures.class);
        return new DeploymentConfiguration.DeploymentContentBuilder(
                fixtures == null ? Deployments.ear() : Deployments.earWith(fixtures.value()))
                .withDeployment().withTestable(false).build().get();
    }
}
