/**
 * {@code /api/v1/organisations}: partner organisations, searchable by every signed-in user; their contact persons
 * (personal data) only for callers whose scope covers the organisation.
 */
package be.vierdepijler.web.api.organisation;
