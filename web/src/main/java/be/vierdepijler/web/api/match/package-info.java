/**
 * {@code /api/v1/matches}: a newcomer's suggestions of offers and buddies with explained scores, the network-wide
 * proposals of duos with their pairs, approving and rejecting a pair, and a newcomer's match status. Texts (criterion
 * labels and explanations) follow {@code Accept-Language}: Dutch unless English is asked for.
 */
package be.vierdepijler.web.api.match;
