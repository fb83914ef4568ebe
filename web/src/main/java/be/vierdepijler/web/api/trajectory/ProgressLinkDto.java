package be.vierdepijler.web.api.trajectory;

import java.time.Instant;

/**
 * A progress link as made, shown once: its id, the {@code url} of the newcomer's page (holding the token, which is
 * never shown again), the API path of its QR code, the page's language, until when it works, and when it was
 * e-mailed, to whom and how its mail stands ({@code queued}, or {@code not-configured}: hand it over yourself).
 */
public record ProgressLinkDto(long id, String url, String qrPath, String language, Instant expiresAt, Mail mail) {

    /** Where the link's mail went. */
    public record Mail(String recipient, String status) {
    }
}
