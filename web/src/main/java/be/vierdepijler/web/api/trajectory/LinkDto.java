package be.vierdepijler.web.api.trajectory;

import java.time.Instant;

/**
 * A confirmation link as made, shown once: its id, token, the API path of the link, the path of its QR code, until
 * when it works, for whom, how many entries it covers, and when it was e-mailed, to whom and how its mail stands
 * ({@code queued}, or {@code not-configured}: no mail server, pass the link on by hand).
 */
public record LinkDto(long id, String token, String path, String qrPath, Instant expiresAt, String contactName,
                      int entries, Mail mail) {

    /** Where the link's mail went. */
    public record Mail(String recipient, String status) {
    }
}
