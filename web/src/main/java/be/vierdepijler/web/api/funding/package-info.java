/**
 * {@code /api/v1/funding}: the funding calls and their projects (award, commitments, status history, extensions).
 * Administrators change them (every change under {@code If-Match}); network coordinators read the calls and the
 * projects of their networks; viewers read all; others get 403.
 */
package be.vierdepijler.web.api.funding;
