package be.vierdepijler.core.privacy.application;

import java.time.Instant;
import java.util.Map;

/**
 * Everything the platform holds about one person (GDPR art. 15), as handed to them.
 *
 * @param kind       the kind of person ({@code buddy})
 * @param id         the record's id
 * @param exportedAt when this export was made
 * @param exportedBy who made it (a username)
 * @param sections   the holder's sections ({@code profile}, {@code consents} …) followed by {@code changes} (the audit
 *                   history of the record) and {@code reads} (who opened it, when)
 */
public record PersonalDataExport(String kind, String id, Instant exportedAt, String exportedBy,
                                 Map<String, Object> sections) {
}
