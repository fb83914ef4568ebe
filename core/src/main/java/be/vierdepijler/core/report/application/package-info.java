/**
 * Reports over trajectories: who may count what ({@link be.vierdepijler.core.report.application.TrajectoryReports#scope},
 * the same scopes as the reads of newcomers and trajectories, and everything for viewers, who see no person) and the
 * figures of a scope; demand against offer in a network
 * ({@link be.vierdepijler.core.report.application.SupplyDemandReports}), scoped the same way.
 */
package be.vierdepijler.core.report.application;
