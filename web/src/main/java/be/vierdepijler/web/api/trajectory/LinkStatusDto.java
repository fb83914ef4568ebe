package be.vierdepijler.web.api.trajectory;

import be.vierdepijler.core.trajectory.application.PlacementLinks.LinkStatus;
import be.vierdepijler.core.trajectory.domain.ConfirmationLink;
import java.time.Instant;
import java.util.Locale;

/**
 * A confirmation link as its counsellor sees it afterwards (never its token): for whom, made by whom and when, until
 * when, its {@code state} ({@code open}, {@code expired}, {@code closed}), why it was closed ({@code revoked},
 * {@code trajectory-closed}, {@code replaced}), the last decision through it, how many entries it still covers, and,
 * when it was e-mailed, how its mail stands ({@code queued}, {@code sending}, {@code sent}, {@code failed},
 * {@code not-configured}) and whether it is a reminder of an earlier link.
 */
public record LinkStatusDto(long id, String contactName, String createdBy, Instant createdAt, Instant expiresAt,
                            String state, Instant lastUsedAt, Instant closedAt, String closedReason,
                            String closedBy, int remaining, String emailedTo, Mail mail, Long reminderOf,
                            Instant remindedAt) {

    /** Where a link's mail stands; {@code lastError} while it is retried or after it failed. */
    public record Mail(String status, int attempts, Instant sentAt, Instant nextAttemptAt, String lastError) {
    }

    public static LinkStatusDto of(LinkStatus status) {
        ConfirmationLink l = status.link();
        return new LinkStatusDto(l.id(), l.contactName(), l.createdBy(), l.createdAt(), l.expiresAt(),
                code(status.state().name()), l.usedAt(), l.closedAt(),
                l.closedReason() == null ? null : code(l.closedReason().name()), l.closedBy(), status.remaining(),
                l.emailedTo(), status.mail() == null ? null : new Mail(status.mail().status().code(),
                status.mail().attempts(), status.mail().sentAt(), status.mail().nextAttemptAt(),
                status.mail().lastError()), l.reminderOf(), l.remindedAt());
    }

    private static String code(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
