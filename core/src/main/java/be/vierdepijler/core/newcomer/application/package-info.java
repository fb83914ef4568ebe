/**
 * Intake of newcomers: register, change, list within scope, eligibility and its recorded override; the newcomer's
 * rights over their data ({@link be.vierdepijler.core.newcomer.application.NewcomerPersonalData}: export, erasure,
 * retention) and their changes in the audit log. What other aggregates keep about a newcomer (trajectories, the
 * matching) they export and erase themselves, as a
 * {@link be.vierdepijler.core.newcomer.application.NewcomerDataContributor}: this package depends on none of them.
 */
package be.vierdepijler.core.newcomer.application;
