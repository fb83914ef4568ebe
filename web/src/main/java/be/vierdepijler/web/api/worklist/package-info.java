/**
 * {@code /api/v1/worklist}: the open trajectories that need their counsellor, each with its reasons and their detail,
 * and {@code /worklist/summary}, the counts per reason for the dashboard.
 */
package be.vierdepijler.web.api.worklist;
