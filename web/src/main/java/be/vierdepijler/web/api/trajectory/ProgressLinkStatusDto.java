package be.vierdepijler.web.api.trajectory;

import be.vierdepijler.core.trajectory.application.ProgressLinks.LinkStatus;
import be.vierdepijler.core.trajectory.domain.ProgressLink;
import java.time.Instant;

/**
 * A progress link as its counsellor sees it afterwards (never its token): its language, made by whom and when, until
 * when, its {@code state} ({@code active}, {@code expired}, {@code revoked}), who revoked it and when, and when it was
 * e-mailed, to whom and how its mail stands ({@code queued}, {@code sending}, {@code sent}, {@code failed},
 * {@code not-configured}).
 */
public record ProgressLinkStatusDto(long id, String language, String createdBy, Instant createdAt, Instant expiresAt,
                                    String state, Instant revokedAt, String revokedBy, String emailedTo,
                                    String mailStatus) {

    public static ProgressLinkStatusDto of(LinkStatus status) {
        ProgressLink l = status.link();
        return new ProgressLinkStatusDto(l.id(), l.language(), l.createdBy(), l.createdAt(), l.expiresAt(),
                status.state().code(), l.revokedAt(), l.revokedBy(), l.emailedTo(),
                status.mail() == null ? null : status.mail().status().code());
    }
}
