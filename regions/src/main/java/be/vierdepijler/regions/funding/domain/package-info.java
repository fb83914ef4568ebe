/**
 * Funding: the calls (oproepen, budget articles) under which money is handed out, and the projects submitted to them
 * with their award, commitments per budget year, status history and extensions. Two aggregates: {@link
 * be.vierdepijler.regions.funding.domain.FundingCall} and {@link be.vierdepijler.regions.funding.domain.FundingProject}.
 * A project's lifecycle is the named rule {@link be.vierdepijler.regions.funding.domain.ProjectLifecycle}; the call's
 * rules a project must keep (maximum per project, minimum own financing, the total budget) are {@link
 * be.vierdepijler.regions.funding.domain.CallRules}. Calls and projects are not personal data: viewers read them. See
 * docs/adr/0014-funding-calls-and-projects.md.
 */
package be.vierdepijler.regions.funding.domain;
