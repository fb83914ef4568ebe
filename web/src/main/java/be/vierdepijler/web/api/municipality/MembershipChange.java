package be.vierdepijler.web.api.municipality;

/**
 * The body of {@code PUT /municipalities/{nis}/membership}: dates as ISO text ({@code 2023-01-01}), either may be
 * null (no membership; open-ended).
 */
public record MembershipChange(String participatingFrom, String participatingUntil) {
}
