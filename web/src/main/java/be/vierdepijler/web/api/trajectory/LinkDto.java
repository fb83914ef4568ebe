package be.vierdepijler.web.api.trajectory;

import java.time.Instant;

/**
 * A confirmation link as made, shown once: its token, the API path of the link, the path of its QR code, until when it
 * works, for whom and how many entries it covers.
 */
public record LinkDto(String token, String path, String qrPath, Instant expiresAt, String contactName, int entries) {
}
