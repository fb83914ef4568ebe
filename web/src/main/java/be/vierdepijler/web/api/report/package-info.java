/**
 * {@code /api/v1/reports}: aggregated figures, never a person. {@code GET /reports/dashboard?network=} is the
 * dashboard of a network (or of everything in the caller's scope), scoped like the reads of trajectories;
 * {@code GET /reports/supply-demand?network=} demand against offer per municipality and trajectory type, as JSON or as
 * a CSV file for Excel ({@code format=csv} or {@code Accept: text/csv}).
 */
package be.vierdepijler.web.api.report;
