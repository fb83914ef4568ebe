/**
 * The partner organisation aggregate (partnerorganisatie): an association, company, local government, welfare or
 * education organisation in one municipality, with its contact persons. The organisation itself is public partner
 * information; its contact persons are personal data, shown only to callers whose scope covers the municipality (or
 * to the organisation's own contacts), and every change is audited.
 */
package be.vierdepijler.regions.organisation.domain;
