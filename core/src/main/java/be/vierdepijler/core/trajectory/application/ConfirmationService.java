package be.vierdepijler.core.trajectory.application;

import be.vierdepijler.core.newcomer.domain.NewcomerRepository;
import be.vierdepijler.core.shared.ConflictException;
import be.vierdepijler.core.shared.GoneException;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.trajectory.domain.ConfirmationLink;
import be.vierdepijler.core.trajectory.domain.ConfirmationLinkRepository;
import be.vierdepijler.core.trajectory.domain.Confirmer;
import be.vierdepijler.core.trajectory.domain.HourEntry;
import be.vierdepijler.core.shared.LinkToken;
import be.vierdepijler.core.trajectory.domain.Placement;
import be.vierdepijler.core.trajectory.domain.Trajectory;
import be.vierdepijler.core.trajectory.domain.TrajectoryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The contact person's side of a confirmation link, without an account: see the hours the link still covers (first
 * name, offer, dates, hours — never the counsellor's notes) and confirm or reject all or some of them; the rest stay
 * decidable through the same link until it expires. Every decision is recorded with the contact person the link names.
 * Unknown tokens answer 404; expired, revoked, replaced links and those of a closed trajectory 410, each with its
 * reason; a link with nothing left to decide 409 {@code nothing-to-confirm}, and it stays as it is.
 */
@ApplicationScoped
public class ConfirmationService {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,100}");

    @Inject
    ConfirmationLinkRepository links;

    @Inject
    TrajectoryRepository trajectories;

    @Inject
    TrajectoryClosure closure;

    @Inject
    NewcomerRepository newcomers;

    @Inject
    Retry retry;

    @Inject
    Clock clock;


    /** What the link shows; no entries when everything it covered was decided meanwhile. */
    public record LinkView(String firstName, String offerTitle, String contactName, Instant expiresAt,
                           List<HourEntry> entries) {
    }

    /** What a decision through the link did, and how many of its entries are still open. */
    public record LinkOutcome(int confirmed, int rejected, BigDecimal confirmedHours, boolean completed,
                              int remaining) {
    }

    @Transactional
    public LinkView view(String token) {
        ConfirmationLink link = usable(token);
        Trajectory trajectory = trajectories.byId(link.trajectoryId()).orElseThrow();
        Placement placement = trajectory.placement(link.placementId());
        String firstName = newcomers.byId(trajectory.newcomerId()).orElseThrow().firstName();
        return new LinkView(firstName, placement.title(), link.contactName(), link.expiresAt(),
                trajectories.pendingEntries(link.placementId(), link.createdAt()));
    }

    /**
     * Confirms or rejects the entries the link still covers (all, or those in {@code entryIds}); the others stay open
     * on the link. Retried on a concurrent change.
     */
    public LinkOutcome decide(String token, boolean confirm, String reason, Set<Long> entryIds) {
        return retry.onConflict(() -> {
            ConfirmationLink link = usable(token);
            Trajectory trajectory = trajectories.forChange(link.trajectoryId()).orElseThrow();
            List<Long> coveredIds = trajectories.pendingEntries(link.placementId(), link.createdAt()).stream()
                    .map(HourEntry::id).toList();
            if (coveredIds.isEmpty()) {
                throw new ConflictException("nothing-to-confirm", "Er staan geen uren meer open op deze link: ze"
                        + " werden intussen allemaal beslist. Er is niets meer te doen.");
            }
            if (entryIds != null) {
                if (entryIds.isEmpty()) {
                    throw new InvalidInputException("entryIds", "empty", "Kies minstens één dag, of laat"
                            + " entryIds weg om alles te beslissen.");
                }
                for (Long id : entryIds) {
                    if (!coveredIds.contains(id)) {
                        throw new InvalidInputException("entryIds", "unknown-entry", "Uren " + id
                                + " staan niet (meer) open op deze link.");
                    }
                }
            }
            if (!confirm && (reason == null || reason.isBlank())) {
                throw new InvalidInputException("reason", "required", "Zeg waarom je de uren afwijst.");
            }
            List<Long> chosen = coveredIds.stream().filter(id -> entryIds == null || entryIds.contains(id)).toList();
            List<Placement> running = trajectory.placements().stream().filter(Placement::isRunning).toList();
            String by = "contactpersoon " + link.contactName() + " (bevestigingslink " + link.id() + ")";
            Instant now = clock.instant();
            boolean completed = trajectory.decide(chosen, confirm, reason, by, Confirmer.CONTACT_PERSON,
                    closure.labels(), LocalDate.now(clock), now);
            link.use(now);
            if (completed) {
                closure.releaseAll(running);
                closure.closeLinksWhenClosed(trajectory, by);
            }
            trajectories.flush();
            int remaining = completed ? 0 : coveredIds.size() - chosen.size();
            return new LinkOutcome(confirm ? chosen.size() : 0, confirm ? 0 : chosen.size(),
                    trajectory.confirmedHours(), completed, remaining);
        });
    }

    private ConfirmationLink usable(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new NotFoundException("bevestigingslink", "…");
        }
        ConfirmationLink link = links.byTokenHash(LinkToken.hash(token))
                .orElseThrow(() -> new NotFoundException("bevestigingslink", "…"));
        switch (link.stateAt(clock.instant())) {
            case CLOSED -> throw new GoneException(switch (link.closedReason()) {
                case REVOKED -> "De trajectbegeleider heeft deze link ingetrokken; vraag hem of haar om een nieuwe.";
                case TRAJECTORY_CLOSED -> "Het traject is afgesloten: er valt op deze link niets meer te beslissen.";
                case REPLACED -> "Je kreeg een nieuwere link voor deze uren, in de herinnering: gebruik die.";
            });
            case EXPIRED -> throw new GoneException("Deze link is verlopen; vraag de trajectbegeleider om een"
                    + " nieuwe.");
            default -> {
                return link;
            }
        }
    }
}
