/**
 * Newcomers (inburgeraars) as a counsellor takes them in: the {@link be.vierdepijler.core.newcomer.domain.Newcomer}
 * aggregate, the eligibility rules of the pilots with their reasons, and the scope a caller sees them in.
 */
package be.vierdepijler.core.newcomer.domain;
