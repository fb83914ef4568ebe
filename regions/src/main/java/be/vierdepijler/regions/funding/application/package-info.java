/**
 * The funding use cases: {@link be.vierdepijler.regions.funding.application.FundingCalls} and
 * {@link be.vierdepijler.regions.funding.application.FundingProjects} (who may do what, references that must exist,
 * the call's rules, optimistic locking), and the import kinds {@code funding-calls} and {@code projects}.
 * Administrators change; network coordinators read the calls and the projects of their networks; viewers read all.
 */
package be.vierdepijler.regions.funding.application;
