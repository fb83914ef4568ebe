/**
 * {@code /api/v1/reports}: aggregated figures, never a person. {@code GET /reports/dashboard?network=} is the
 * dashboard of a network (or of everything in the caller's scope), scoped like the reads of trajectories;
 * {@code GET /reports/supply-demand?network=} demand against offer per municipality and trajectory type, as JSON or as
 * a CSV file for Excel ({@code format=csv} or {@code Accept: text/csv}). The reports parliament asks for (issue 13,
 * docs/reports.md) answer one {@link be.vierdepijler.core.shared.table.Report} as JSON, CSV and XLSX through
 * {@link be.vierdepijler.web.api.table.Reports#answer}: {@code /reports/completions}, {@code /reports/hours-by-category},
 * {@code /reports/trends} and {@code /reports/buddies}.
 */
package be.vierdepijler.web.api.report;
