package be.vierdepijler.web.observability;

import be.vierdepijler.web.api.ApiApplication;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every API request, public pages' included, counted and timed per endpoint: the timer {@value #TIMER} (Prometheus
 * {@code vp_http_server_requests_seconds_count}, {@code _sum}, {@code _max}) with the tags {@code method},
 * {@code route} (the template, {@link RouteTemplates}), {@code status} (the code) and {@code outcome}
 * ({@code SUCCESS}, {@code REDIRECTION}, {@code CLIENT_ERROR}, {@code SERVER_ERROR}), so rates, latencies and
 * errors per endpoint are one query each. The time runs from before matching to the response filters (the body is
 * written after). Registered through {@link MeterRegistry#timer(String, Iterable)}: WildFly's registry of a
 * deployment passes only these shorthand methods on to the registry it exports; a meter made with a builder would stay
 * in the deployment's own registry and never be seen. Each request also gets one access line
 * ({@value #ACCESS_LOGGER}): method, route, status and time, with the request's id from the MDC; never the path, a
 * query or a body.
 */
@Provider
@PreMatching
@Priority(1)
public class EndpointMetrics implements ContainerRequestFilter, ContainerResponseFilter {

    static final String TIMER = "vp.http.server.requests";
    static final String ACCESS_LOGGER = "be.vierdepijler.access";

    private static final Logger ACCESS = Logger.getLogger(ACCESS_LOGGER);
    private static final String STARTED = EndpointMetrics.class.getName() + ".started";
    private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    /** A failure to record is logged once: metrics never fail a request. */
    private static volatile boolean failed;

    @Inject
    MeterRegistry registry;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        if (!(started instanceof Long)) {
            return;
        }
        long nanos = System.nanoTime() - (Long) started;
        String method = method(request.getMethod());
        String route = RouteTemplates.of(ApiApplication.class, resource.getResourceClass(),
                resource.getResourceMethod());
        int status = response.getStatus();
        // Iterable<Tag>, not Tags: the overload WildFly's deployment registry passes on (and the one Micrometer 1.15 has)
        Iterable<Tag> tags = Tags.of("method", method, "route", route, "status", Integer.toString(status),
                "outcome", outcome(status));
        try {
            registry.timer(TIMER, tags).record(nanos, TimeUnit.NANOSECONDS);
        } catch (RuntimeException | LinkageError e) {
            if (!failed) {
                failed = true;
                ACCESS.log(Level.WARNING, "Recording the request metrics failed; requests go on without", e);
            }
        }
        ACCESS.info(() -> method + " " + route + " " + status + " " + TimeUnit.NANOSECONDS.toMillis(nanos) + " ms");
    }

    /** The method as a tag: one of the methods of HTTP this API knows, else {@code other} (no series per typo). */
    static String method(String method) {
        String upper = method == null ? "" : method.toUpperCase(Locale.ROOT);
        return METHODS.contains(upper) ? upper : "other";
    }

    static String outcome(int status) {
        if (status >= 500) {
            return "SERVER_ERROR";
        }
        if (status >= 400) {
            return "CLIENT_ERROR";
        }
        return status >= 300 ? "REDIRECTION" : "SUCCESS";
    }
}
