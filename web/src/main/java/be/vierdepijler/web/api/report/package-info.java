/**
 * {@code /api/v1/reports}: aggregated figures, never a person. {@code GET /reports/dashboard?network=} is the
 * dashboard of a network (or of everything in the caller's scope), scoped like the reads of trajectories.
 */
package be.vierdepijler.web.api.report;
