package be.vierdepijler.core.newcomer.application;

import be.vierdepijler.core.audit.application.AuditLog;
import be.vierdepijler.core.audit.application.AuditTrailEraser;
import be.vierdepijler.core.newcomer.domain.Newcomer;
import be.vierdepijler.core.newcomer.domain.NewcomerRepository;
import be.vierdepijler.core.newcomer.domain.PersonScope;
import be.vierdepijler.core.privacy.application.ConsentRecords;
import be.vierdepijler.core.privacy.application.PersonalDataHolder;
import be.vierdepijler.core.shared.Clocks;
import be.vierdepijler.core.shared.ConflictException;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.shared.SearchText;
import be.vierdepijler.core.trajectory.application.TrajectoryService;
import be.vierdepijler.core.trajectory.domain.ConfirmationLink;
import be.vierdepijler.core.trajectory.domain.HourEntry;
import be.vierdepijler.core.trajectory.domain.Placement;
import be.vierdepijler.core.trajectory.domain.Referral;
import be.vierdepijler.core.trajectory.domain.Trajectory;
import be.vierdepijler.core.trajectory.domain.TrajectoryStatus;
import be.vierdepijler.core.user.domain.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A newcomer's rights over their data. The export (profile, consents and their history, the eligibility override,
 * every trajectory with its placements, hours, decisions, confirmation links, referrals and changes, and the
 * matching's pairs) is for administrators and the counsellors and coordinators of the newcomer's network; a local
 * officer sees the newcomer but may not export (403). The erasure is for administrators and the coordinators of the
 * network, once every trajectory of the newcomer is closed (409 otherwise: stop or exempt it first, with a reason).
 *
 * <p>Erasure pseudonymises the newcomer ({@link Newcomer#erase}), clears the free texts of their trajectories
 * ({@link Trajectory#eraseFreeText}), their referrals' motivations and handover notes, the explanations and reasons of
 * their matching pairs, expires their unused confirmation links, and clears the same in the audit history. What the
 * reports count stays: place, network, status, Dutch level, referral channel, consents, trajectories with their
 * status, dates, hours and reporting categories, and the certificate code (which names nobody).
 */
@ApplicationScoped
public class NewcomerPersonalData implements PersonalDataHolder {

    /** The personal columns of {@code newcomer_aud} and what every revision gets instead. */
    private static final Map<String, Object> ERASED_COLUMNS = erasedColumns();
    /** The audited collections of a newcomer that are personal data in whole. */
    private static final List<String> PERSONAL_COLLECTIONS = List.of("newcomer_language_aud", "newcomer_interest_aud",
            "newcomer_availability_aud");
    private static final Set<TrajectoryStatus> OPEN = Set.of(TrajectoryStatus.INTAKE, TrajectoryStatus.ACTIVE);
    /**
     * Past retention: every trajectory closed before the cutoff; a newcomer who never had one, taken in before it.
     */
    private static final String DUE = "(exists (select t.id from Trajectory t where t.newcomerId = n.id)"
            + " and not exists (select t.id from Trajectory t where t.newcomerId = n.id"
            + " and (t.status in :open or t.endedOn is null or t.endedOn >= :cutoff)))"
            + " or (not exists (select t.id from Trajectory t where t.newcomerId = n.id) and n.createdAt < :since)";

    @Inject
    NewcomerService service;

    @Inject
    NewcomerRepository newcomers;

    @Inject
    AuditLog audit;

    @Inject
    AuditTrailEraser history;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    public String kind() {
        return NewcomerService.AUDIT_KIND;
    }

    @Override
    public void authorizeExport(Caller caller, long newcomerId) {
        Newcomer newcomer = service.inScope(caller, newcomerId);
        if (!PersonScope.mayManage(caller, newcomer.networkId())) {
            throw new ForbiddenException("Alleen de trajectbegeleiders en coördinatoren van het netwerk en de"
                    + " beheerders exporteren de gegevens van een inburgeraar.");
        }
    }

    @Override
    public void authorizeErasure(Caller caller, long newcomerId) {
        Newcomer newcomer = service.inScope(caller, newcomerId);
        if (!caller.managesNetwork(newcomer.networkId())) {
            throw new ForbiddenException("Alleen de coördinatoren van het netwerk en de beheerders wissen een"
                    + " inburgeraar.");
        }
        if (!newcomer.isErased() && trajectories(newcomerId).stream().anyMatch(t -> t.status().isOpen())) {
            throw new ConflictException("trajectory-open", "Deze inburgeraar heeft een open traject. Stop het traject"
                    + " of stel de inburgeraar vrij (met een reden) voor je de gegevens wist.");
        }
    }

    @Override
    public Map<String, Object> export(long newcomerId) {
        Newcomer n = newcomer(newcomerId);
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("profile", profile(n));
        sections.put("consents", ConsentRecords.current(n.consents()));
        sections.put("consentHistory", ConsentRecords.history(audit.historyOf(kind(), newcomerId,
                new PageRequest(0, 1000, "at", true)).items()));
        sections.put("eligibilityOverride", n.overrideAt() == null ? null
                : new EligibilityOverride(n.overrideMotivation(), n.overrideBy(), n.overrideAt()));
        List<Trajectory> trajectories = trajectories(newcomerId);
        List<Long> ids = trajectories.stream().map(Trajectory::id).toList();
        Map<Long, List<ConfirmationLink>> links = new LinkedHashMap<>();
        Map<Long, List<Referral>> referrals = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select l from ConfirmationLink l where l.trajectoryId in :ids order by l.id",
                            ConfirmationLink.class).setParameter("ids", ids).getResultStream()
                    .forEach(l -> links.computeIfAbsent(l.trajectoryId(), k -> new ArrayList<>()).add(l));
            em.createQuery("select r from Referral r where r.trajectoryId in :ids order by r.referredAt, r.id",
                            Referral.class).setParameter("ids", ids).getResultStream()
                    .forEach(r -> referrals.computeIfAbsent(r.trajectoryId(), k -> new ArrayList<>()).add(r));
        }
        sections.put("trajectories", trajectories.stream().map(t -> trajectory(t,
                links.getOrDefault(t.id(), List.of()), referrals.getOrDefault(t.id(), List.of()))).toList());
        sections.put("matching", matching(newcomerId));
        return sections;
    }

    private static Map<String, Object> profile(Newcomer n) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("id", n.id());
        profile.put("firstName", n.firstName());
        profile.put("lastName", n.lastName());
        profile.put("email", n.email());
        profile.put("phone", n.phone());
        profile.put("integrationStatus", n.integrationStatus().code());
        profile.put("municipalityNis", n.municipalityNis());
        profile.put("networkId", n.networkId());
        profile.put("dutchLevel", n.dutchLevel() == null ? null : n.dutchLevel().name());
        profile.put("languages", n.languages().stream().sorted().toList());
        profile.put("interests", n.interests().stream().sorted().toList());
        profile.put("availability", n.availability().stream().sorted().toList());
        profile.put("referralChannel", n.referralChannel().code());
        profile.put("integrationContractDate", n.integrationContractDate());
        profile.put("integrationProgress", n.integrationProgress().code());
        profile.put("integrationEndedOn", n.integrationEndedOn());
        profile.put("createdAt", n.createdAt());
        profile.put("createdBy", n.createdBy());
        profile.put("erasedAt", n.erasedAt());
        return profile;
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
        out.put("placements", t.placements().stream().map(NewcomerPersonalData::placement).toList());
        out.put("hours", t.hourEntries().stream().map(NewcomerPersonalData::hours).toList());
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

    /** The matching's pairs and status of the newcomer (tables of core.matching, read as plain rows). */
    private Map<String, Object> matching(long newcomerId) {
        List<Map<String, Object>> pairs = new ArrayList<>();
        for (Object row : em.createNativeQuery("select id, proposal_id, buddy_id, score, status, decided_at,"
                + " decided_by, reason from match_pair where newcomer_id = ? order by id").setParameter(1, newcomerId)
                .getResultList()) {
            Object[] r = (Object[]) row;
            Map<String, Object> pair = new LinkedHashMap<>();
            pair.put("id", r[0]);
            pair.put("proposalId", r[1]);
            pair.put("buddyId", r[2]);
            pair.put("score", r[3]);
            pair.put("status", r[4] == null ? null : r[4].toString().toLowerCase(java.util.Locale.ROOT));
            pair.put("decidedAt", r[5] == null ? null : r[5].toString());
            pair.put("decidedBy", r[6]);
            pair.put("reason", r[7]);
            pairs.add(pair);
        }
        List<?> status = em.createNativeQuery("select status from match_status where newcomer_id = ?")
                .setParameter(1, newcomerId).getResultList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("status", status.isEmpty() ? "no-match"
                : status.get(0).toString().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        out.put("pairs", pairs);
        return out;
    }

    @Override
    public boolean claim(long newcomerId, Instant at, String by) {
        return em.createQuery("update Newcomer n set n.erasedAt = :at, n.erasedBy = :by, n.version = n.version + 1"
                        + " where n.id = :id and n.erasedAt is null")
                .setParameter("at", at).setParameter("by", by).setParameter("id", newcomerId).executeUpdate() == 1;
    }

    @Override
    public void pseudonymise(long newcomerId, Instant at, String by) {
        Newcomer n = newcomer(newcomerId);
        em.refresh(n); // the claim changed the row behind the persistence context's back
        n.erase(at, by);
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
        }
        // The matching's explanations name the newcomer's languages and interests; a rejection may say more.
        em.createNativeQuery("update match_pair set criteria = '[]', reason = null where newcomer_id = ?")
                .setParameter(1, newcomerId).executeUpdate();
    }

    @Override
    public void eraseHistory(long newcomerId) {
        history.overwrite("newcomer_aud", "id", newcomerId, ERASED_COLUMNS);
        history.mask("newcomer_aud", "id", newcomerId, List.of("override_motivation"), Newcomer.ERASED_TEXT);
        PERSONAL_COLLECTIONS.forEach(table -> history.delete(table, "newcomer_id", newcomerId));
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

    @Override
    public List<Long> dueForErasure(LocalDate cutoff, long afterId, int max) {
        return em.createQuery("select n.id from Newcomer n where n.erasedAt is null and n.id > :after and (" + DUE
                        + ") order by n.id", Long.class)
                .setParameter("after", afterId).setParameter("open", OPEN).setParameter("cutoff", cutoff)
                .setParameter("since", cutoff.atStartOfDay(Clocks.BRUSSELS).toInstant())
                .setMaxResults(max).getResultList();
    }

    @Override
    public boolean isDue(long newcomerId, LocalDate cutoff) {
        return !em.createQuery("select n.id from Newcomer n where n.id = :id and (" + DUE + ")", Long.class)
                .setParameter("id", newcomerId).setParameter("open", OPEN).setParameter("cutoff", cutoff)
                .setParameter("since", cutoff.atStartOfDay(Clocks.BRUSSELS).toInstant())
                .getResultList().isEmpty();
    }

    private List<Trajectory> trajectories(long newcomerId) {
        return em.createQuery("select t from Trajectory t where t.newcomerId = :id order by t.id", Trajectory.class)
                .setParameter("id", newcomerId).getResultList();
    }

    private Newcomer newcomer(long id) {
        return newcomers.byId(id).orElseThrow(() -> new NotFoundException("inburgeraar", String.valueOf(id)));
    }

    private static Map<String, Object> erasedColumns() {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("first_name", Newcomer.ERASED_NAME);
        columns.put("last_name", Newcomer.ERASED_NAME);
        columns.put("name_search", SearchText.fold(Newcomer.ERASED_NAME + " " + Newcomer.ERASED_NAME));
        columns.put("email", null);
        columns.put("phone", null);
        columns.put("integration_contract_date", null);
        columns.put("integration_ended_on", null);
        return columns;
    }

    /** A counsellor took the newcomer in although a rule said no: why, who, when. */
    public record EligibilityOverride(String motivation, String by, Instant at) {
    }

    /** A link an offer's contact person got to confirm hours (the token itself is never kept). */
    public record Link(long id, long placementId, String contactName, String createdBy, Instant createdAt,
                       Instant expiresAt, Instant usedAt) {
    }

    /** The newcomer moved to another network and the trajectory went along. */
    public record ReferralRecord(String fromNetwork, String toNetwork, String fromMunicipality, String toMunicipality,
                                 String motivation, String handoverNote, String referredBy, Instant referredAt) {
    }
}
