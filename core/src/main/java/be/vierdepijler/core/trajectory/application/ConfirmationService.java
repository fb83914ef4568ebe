package be.vierdepijler.core.trajectory.application;

import be.vierdepijler.core.newcomer.domain.NewcomerRepository;
import be.vierdepijler.core.shared.GoneException;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.trajectory.domain.ConfirmationLink;
import be.vierdepijler.core.trajectory.domain.ConfirmationLinkRepository;
import be.vierdepijler.core.trajectory.domain.Confirmer;
import be.vierdepijler.core.trajectory.domain.HourEntry;
import be.vierdepijler.core.trajectory.domain.Placement;
import be.vierdepijler.core.trajectory.domain.Trajectory;
import be.vierdepijler.core.trajectory.domain.TrajectoryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The contact person's side of a confirmation link, without an account: see the hours the link covers (first name,
 * offer, dates, hours) and confirm or reject them, once. Every decision is recorded with the contact person the link
 * names. Unknown tokens answer 404, spent or expired ones 410.
 */
@ApplicationScoped
public class ConfirmationService {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,100}");

    @Inject
    ConfirmationLinkRepository links;

    @Inject
    TrajectoryRepository trajectories;

    @Inject
    NewcomerRepository newcomers;

    @Inject
    Retry retry;

    @Inject
    Clock clock;

    @Inject
    Event<PlacementsEnded> placementsEnded;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    /** What the link shows. */
    public record LinkView(String firstName, String offerTitle, String contactName, Instant expiresAt,
                           List<HourEntry> entries) {
    }

    /** What a decision through the link did. */
    public record LinkOutcome(int confirmed, int rejected, BigDecimal confirmedHours, boolean completed) {
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
     * Confirms or rejects the entries the link covers (all, or those in {@code entryIds}) and spends the link.
     * Retried on a concurrent change; a second use of the same link finds it spent (410).
     */
    public LinkOutcome decide(String token, boolean confirm, String reason, Set<Long> entryIds) {
        return retry.onConflict(() -> {
            ConfirmationLink link = usable(token);
            Trajectory trajectory = trajectories.forChange(link.trajectoryId()).orElseThrow();
            List<HourEntry> covered = trajectories.pendingEntries(link.placementId(), link.createdAt());
            List<Long> coveredIds = covered.stream().map(HourEntry::id).toList();
            if (entryIds != null) {
                for (Long id : entryIds) {
                    if (!coveredIds.contains(id)) {
                        throw new InvalidInputException("entryIds", "unknown-entry", "Uren " + id
                                + " staan niet (meer) op deze link.");
                    }
                }
            }
            if (!confirm && (reason == null || reason.isBlank())) {
                throw new InvalidInputException("reason", "required", "Zeg waarom je de uren afwijst.");
            }
            List<Placement> running = trajectory.placements().stream().filter(Placement::isRunning).toList();
            String by = "contactpersoon " + link.contactName() + " (bevestigingslink " + link.id() + ")";
            LocalDate today = LocalDate.now(clock);
            Instant now = clock.instant();
            int count = 0;
            boolean completed = false;
            for (Long id : coveredIds) {
                if (entryIds == null || entryIds.contains(id)) {
                    completed |= trajectory.decide(id, confirm, reason, by, Confirmer.CONTACT_PERSON, today, now);
                    count++;
                }
            }
            if (completed) {
                placementsEnded.fire(new PlacementsEnded(running.stream()
                        .map(p -> new PlacementsEnded.Place(p.offerId(), p.buddyId())).toList()));
            }
            link.use(now);
            em.flush();
            return new LinkOutcome(confirm ? count : 0, confirm ? 0 : count, trajectory.confirmedHours(), completed);
        });
    }

    private ConfirmationLink usable(String token) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new NotFoundException("bevestigingslink", "…");
        }
        ConfirmationLink link = links.byTokenHash(ConfirmationLink.hash(token))
                .orElseThrow(() -> new NotFoundException("bevestigingslink", "…"));
        if (link.usedAt() != null) {
            throw new GoneException("Deze link is al gebruikt op " + link.usedAt() + "; vraag de trajectbegeleider"
                    + " om een nieuwe.");
        }
        if (!link.usableAt(clock.instant())) {
            throw new GoneException("Deze link is verlopen; vraag de trajectbegeleider om een nieuwe.");
        }
        return link;
    }
}
