/**
 * {@code /api/v1/offers}: the offer catalogue (aanbod), searchable in Dutch by every signed-in user; drafts only for
 * those who may manage them, the contact person (personal data) only within the caller's scope.
 */
package be.vierdepijler.web.api.offer;
