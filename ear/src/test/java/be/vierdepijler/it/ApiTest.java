package be.vierdepijler.it;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.net.URL;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What every black-box test of the API shares: the deployed EAR's base URL and a request that speaks JSON. A subclass
 * declares its own {@code @Deployment(testable = false)} returning {@link Deployments#ear()}.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class ApiTest {

    @ArquillianResource
    protected URL base;

    protected RequestSpecification api() {
        return RestAssured.given().baseUri(root()).basePath("/api/v1").accept("application/json");
    }

    /** The server root, e.g. {@code http://127.0.0.1:8180}. */
    protected String root() {
        String url = base.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The management interface, where {@code /health} is served. */
    protected String management() {
        return "http://" + base.getHost() + ":" + Integer.getInteger("it.management.port", 10090);
    }
}
