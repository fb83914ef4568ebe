/**
 * Aggregated figures for dashboards and the agency's reports: what a report counts ({@link
 * be.vierdepijler.core.report.domain.ReportScope}) and the figures themselves. Never a person: counts and sums only.
 */
package be.vierdepijler.core.report.domain;
