/**
 * Use cases on buddies: the scoped list and one buddy (reads logged), registration by a coordinator and the public
 * self-registration, changes under optimistic locking, the aggregated report per province or network (the dashboard's
 * counts are the report's: {@link be.vierdepijler.core.report.application.BuddyFigures}), and the buddy's rights over
 * their data (export, erasure) as a {@link be.vierdepijler.core.privacy.application.PersonalDataHolder}.
 * Who may do what: {@link be.vierdepijler.core.buddy.application.BuddyAccess}.
 */
package be.vierdepijler.core.buddy.application;
