package be.vierdepijler.core.shared.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Part of {@code /health/ready} on the management port: the node is ready only while it can reach its database. A
 * connection is borrowed from the pool and validated with a 2-second limit, so the check answers within a few seconds
 * even while PostgreSQL is down (the pool gives up after 3 s, the driver after 3 s). The balancer takes a node that is
 * not ready out of its rotation and back when it is (docs/operations.md, "Running several nodes"). It lives in core,
 * a jar of the EAR's lib/, because WildFly registers no health check of a WAR inside an EAR (WFLY-12835).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    static final int VALIDATION_SECONDS = 2;

    @Resource(lookup = "java:jboss/datasources/VierdePijlerDS")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection connection = dataSource.getConnection()) {
            boolean valid = connection.isValid(VALIDATION_SECONDS);
            return HealthCheckResponse.named("database").status(valid).build();
        } catch (SQLException | RuntimeException e) {
            return HealthCheckResponse.named("database").down()
                    .withData("failure", e.getClass().getSimpleName()).build();
        }
    }
}
