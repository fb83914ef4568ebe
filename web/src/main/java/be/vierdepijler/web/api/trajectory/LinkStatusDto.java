package be.vierdepijler.web.api.trajectory;

import be.vierdepijler.core.trajectory.application.PlacementService.LinkStatus;
import be.vierdepijler.core.trajectory.domain.ConfirmationLink;
import java.time.Instant;
import java.util.Locale;

/**
 * A confirmation link as its counsellor sees it afterwards (never its token): for whom, made by whom and when, until
 * when, its {@code state} ({@code open}, {@code expired}, {@code closed}), why it was closed ({@code revoked},
 * {@code trajectory-closed}, {@code replaced}), the last decision through it and how many entries it still covers.
 */
public record LinkStatusDto(long id, String contactName, String createdBy, Instant createdAt, Instant expiresAt,
                            String state, Instant lastUsedAt, Instant closedAt, String closedReason,
                            String closedBy, int remaining) {

    public static LinkStatusDto of(LinkStatus status) {
        ConfirmationLink l = status.link();
        return new LinkStatusDto(l.id(), l.contactName(), l.createdBy(), l.createdAt(), l.expiresAt(),
                code(status.state().name()), l.usedAt(), l.closedAt(),
                l.closedReason() == null ? null : code(l.closedReason().name()), l.closedBy(), status.remaining());
    }

    private static String code(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
