package be.vierdepijler.core.trajectory.infrastructure.jpa;

import be.vierdepijler.core.audit.application.AuditLog;
import be.vierdepijler.core.audit.application.AuditTrailEraser;
import be.vierdepijler.core.newcomer.application.NewcomerDataContributor;
import be.vierdepijler.core.newcomer.domain.Newcomer;
import be.vierdepijler.core.shared.ConflictException;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.trajectory.application.TrajectoryService;
import be.vierdepijler.core.trajectory.domain.ConfirmationLink;
import be.vierdepijler.core.trajectory.domain.HourEntry;
import be.vierdepijler.core.trajectory.domain.Placement;
import be.vierdepijler.core.trajectory.domain.ProgressLink;
import be.vierdepijler.core.trajectory.domain.ProgressLinkRepository;
import be.vierdepijler.core.trajectory.domain.Referral;
import be.vierdepijler.core.trajectory.domain.Trajectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A newcomer's trajectories as part of their personal data: the export's {@code trajectories} section (every
 * trajectory with its placements, hours, decisions, confirmation links, progress links, referrals, changes and
 * reads) and its erasure (the free texts of the trajectories, the referrals' motivations and handover notes, the
 * unused confirmation links expired, the newcomer's progress links deleted, the same texts in the audit history).
 * Status, dates, hours, categories and the certificate code stay, so that the reports keep counting. An open
 * trajectory holds the erasure back.
 */
@ApplicationScoped
public class JpaTrajectoryPersonalData implements NewcomerDataContributor {

    @Inject
    AuditLog audit;

    @Inject
    AuditTrailEraser history;

    @Inject
    ProgressLinkRepository progressLinks;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    public int position() {
        return 10;
    }

    @Override
    public void requireErasable(long newcomerId) {
        if (trajectories(newcomerId).stream().anyMatch(t -> t.status().isOpen())) {
            throw new ConflictException("trajectory-open", "Deze inburgeraar heeft een open traject. Stop het traject"
                    + " of stel de inburgeraar vrij (met een reden) voor je de gegevens wist.");
        }
    }

    @Override
    public Map<String, Object> export(long newcomerId) {
        List<Trajectory> trajectories = trajectories(newcomerId);
        List<Long> ids = trajectories.stream().map(Trajectory::id).toList();
        Map<Long, List<ConfirmationLink>> links = new LinkedHashMap<>();
        Map<Long, List<Referral>> referrals = new LinkedHashMap<>();
        Map<Long, List<ProgressLinkRecord>> progress = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select l from ProgressLink l where l.trajectoryId in :ids order by l.id",
                            ProgressLink.class).setParameter("ids", ids).getResultStream()
                    .forEach(l -> progress.computeIfAbsent(l.trajectoryId(), k -> new ArrayList<>())
                            .add(new ProgressLinkRecord(l.id(), l.language(), l.createdBy(), l.createdAt(),
                                    l.expiresAt(), l.revokedAt(), l.revokedBy(), l.emailedTo())));
            em.createQuery("select l from ConfirmationLink l where l.trajectoryId in :ids order by l.id",
                            ConfirmationLink.class).setParameter("ids", ids).getResultStream()
                    .forEach(l -> links.computeIfAbsent(l.trajectoryId(), k -> new ArrayList<>()).add(l));
            em.createQuery("select r from Referral r where r.trajectoryId in :ids order by r.referredAt, r.id",
                            Referral.class).setParameter("ids", ids).getResultStream()
                    .forEach(r -> referrals.computeIfAbsent(r.trajectoryId(), k -> new ArrayList<>()).add(r));
        }
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("trajectories", trajectories.stream().map(t -> {
            Map<String, Object> out = trajectory(t, links.getOrDefault(t.id(), List.of()),
                    referrals.getOrDefault(t.id(), List.of()));
            out.put("progressLinks", progress.getOrDefault(t.id(), List.of()));
            return out;
        }).toList());
        return sections;
    }

    private Map<String, Object> trajectory(Trajectory t, List<ConfirmationLink> links, List<Referral> referrals) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", t.id());
        out.put("networkId", t.networkId());
        out.put("municipalityNis", t.municipalityNis());
        out.put("counsellor", t.counsellor());
        out.put("status", t.status().code());
        out.put("statusReason", t.statusReason());
        out.put("targetHours", t.targetHours());
        out.put("targetReason", t.targetReason());
        out.put("deadline", t.deadline());
        out.put("openedOn", t.openedOn());
        out.put("startedOn", t.startedOn());
        out.put("endedOn", t.endedOn());
        out.put("confirmedHours", t.confirmedHours());
        out.put("reportedHours", t.reportedHours());
        out.put("certificateCode", t.certificateCode());
        out.put("placements", t.placements().stream().map(JpaTrajectoryPersonalData::placement).toList());
        out.put("hours", t.hourEntries().stream().map(JpaTrajectoryPersonalData::hours).toList());
        out.put("confirmationLinks", links.stream().map(l -> new Link(l.id(), l.placementId(), l.contactName(),
                l.createdBy(), l.createdAt(), l.expiresAt(), l.usedAt())).toList());
        out.put("referrals", referrals.stream().map(r -> new ReferralRecord(r.fromNetwork(), r.toNetwork(),
                r.fromMunicipality(), r.toMunicipality(), r.motivation(), r.handoverNote(), r.referredBy(),
                r.referredAt())).toList());
        out.put("changes", audit.historyOf(TrajectoryService.AUDIT_KIND, t.id(),
                new PageRequest(0, 1000, "at", true)).items());
        out.put("reads", audit.readsOf(TrajectoryService.AUDIT_KIND, String.valueOf(t.id()), 1000).stream()
                .map(r -> Map.of("at", r.readAt(), "by", r.readBy())).toList());
        return out;
    }

    private static Map<String, Object> placement(Placement p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", p.id());
        out.put("typeId", p.typeId());
        out.put("reportingCategory", p.reportingCategory());
        out.put("offerId", p.offerId());
        out.put("buddyId", p.buddyId());
        out.put("organisationId", p.organisationId());
        out.put("title", p.title());
        out.put("startDate", p.startDate());
        out.put("endDate", p.endDate());
        out.put("status", p.status().code());
        out.put("attributes", p.attributesJson());
        out.put("createdAt", p.createdAt());
        out.put("createdBy", p.createdBy());
        return out;
    }

    private static Map<String, Object> hours(HourEntry e) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", e.id());
        out.put("placementId", e.placementId());
        out.put("date", e.date());
        out.put("hours", e.hours());
        out.put("note", e.note());
        out.put("reportingCategory", e.reportingCategory());
        out.put("status", e.status().code());
        out.put("reportedBy", e.reportedBy());
        out.put("reportedAt", e.reportedAt());
        out.put("decidedBy", e.decidedBy());
        out.put("decidedAs", e.decidedAs() == null ? null : e.decidedAs().code());
        out.put("decidedAt", e.decidedAt());
        out.put("rejectionReason", e.rejectionReason());
        return out;
    }

    @Override
    public void pseudonymise(long newcomerId, Instant at) {
        List<Trajectory> trajectories = trajectories(newcomerId);
        trajectories.forEach(t -> t.eraseFreeText(Newcomer.ERASED_TEXT));
        List<Long> ids = trajectories.stream().map(Trajectory::id).toList();
        if (!ids.isEmpty()) {
            em.createQuery("update Referral r set r.motivation = :erased, r.handoverNote = null"
                            + " where r.trajectoryId in :ids")
                    .setParameter("erased", Newcomer.ERASED_TEXT).setParameter("ids", ids).executeUpdate();
            em.createQuery("update ConfirmationLink l set l.expiresAt = :at, l.version = l.version + 1"
                            + " where l.trajectoryId in :ids and l.usedAt is null and l.expiresAt > :at")
                    .setParameter("at", at).setParameter("ids", ids).executeUpdate();
            // the newcomer's own progress links show their name: gone with it
            progressLinks.deleteOfTrajectories(ids);
        }
    }

    @Override
    public void eraseHistory(long newcomerId) {
        for (Trajectory t : trajectories(newcomerId)) {
            history.mask("trajectory_aud", "id", t.id(), List.of("status_reason", "target_reason"),
                    Newcomer.ERASED_TEXT);
            history.overwrite("placement_aud", "trajectory_id", t.id(), Map.of("attributes", "{}"));
            Map<String, Object> hourTexts = new LinkedHashMap<>();
            hourTexts.put("note", null);
            hourTexts.put("rejection_reason", null);
            history.overwrite("hour_entry_aud", "trajectory_id", t.id(), hourTexts);
        }
    }

    private List<Trajectory> trajectories(long newcomerId) {
        return em.createQuery("select t from Trajectory t where t.newcomerId = :id order by t.id", Trajectory.class)
                .setParameter("id", newcomerId).getResultList();
    }

    /** A link an offer's contact person got to confirm hours (the token itself is never kept). */
    public record Link(long id, long placementId, String contactName, String createdBy, Instant createdAt,
                       Instant expiresAt, Instant usedAt) {
    }

    /** A link the newcomer got to follow their own hours (the token itself is never kept). */
    public record ProgressLinkRecord(long id, String language, String createdBy, Instant createdAt,
                                     Instant expiresAt, Instant revokedAt, String revokedBy, String emailedTo) {
    }

    /** The newcomer moved to another network and the trajectory went along. */
    public record ReferralRecord(String fromNetwork, String toNetwork, String fromMunicipality, String toMunicipality,
                                 String motivation, String handoverNote, String referredBy, Instant referredAt) {
    }
}
