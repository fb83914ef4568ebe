/**
 * What an operator sees of the application (docs/operations.md, "Metrics and logs"; docs/adr/0022): every request's
 * id, in the logging MDC for the request's log lines and in its {@code X-Request-Id} answer header
 * ({@link be.vierdepijler.web.observability.RequestIdFilter}); per endpoint, by route template, the requests' count,
 * time and status in the Micrometer registry WildFly serves as Prometheus text on the management port
 * ({@link be.vierdepijler.web.observability.EndpointMetrics}), with one access line per API request; and a few
 * business figures as gauges ({@link be.vierdepijler.web.observability.BusinessFigureGauges}). No log line and no
 * metric names a person: routes are templates, never paths with their ids.
 */
package be.vierdepijler.web.observability;
