package be.vierdepijler.core.buddy.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.audit.application.AuditLog;
import be.vierdepijler.core.audit.application.AuditTrailEraser;
import be.vierdepijler.core.buddy.domain.Buddy;
import be.vierdepijler.core.buddy.domain.BuddyRepository;
import be.vierdepijler.core.matching.domain.CandidateChanges;
import be.vierdepijler.core.port.BuddyWithdrew;
import be.vierdepijler.core.privacy.application.ConsentRecords;
import be.vierdepijler.core.privacy.application.PersonalDataHolder;
import be.vierdepijler.core.shared.Clocks;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.shared.SearchText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A buddy's rights over their data: the export (profile, consents with their history) for the administrators and the
 * coordinators and counsellors of their network; the erasure for the administrators and the coordinators of their
 * network. Erasure keeps municipality, network, statuses, capacity and duos, so that every report keeps counting
 * the buddy; the buddy stops with it, and a duo still running ends that day. A buddy who stopped (or was refused at
 * the screening) and whose record nobody touched for the retention period is erased by the retention job.
 */
@ApplicationScoped
public class BuddyPersonalData implements PersonalDataHolder {

    /** The personal columns of {@code buddy_aud} and what every revision gets instead. */
    private static final Map<String, Object> ERASED_COLUMNS = erasedColumns();
    /** The audited collections of a buddy that are personal data in whole. */
    private static final List<String> PERSONAL_COLLECTIONS = List.of("buddy_language_aud", "buddy_interest_aud",
            "buddy_availability_aud");

    @Inject
    BuddyDirectory directory;

    @Inject
    BuddyRepository buddies;

    @Inject
    AuditLog audit;

    @Inject
    AuditTrailEraser history;

    @Inject
    CandidateChanges changes;

    @Inject
    Event<BuddyWithdrew> withdrew;

    @Override
    public String kind() {
        return BuddyDirectory.KIND;
    }

    @Override
    public void authorizeExport(Caller caller, long buddyId) {
        Buddy buddy = directory.get(caller, buddyId);
        if (!BuddyAccess.manages(caller, buddy.networkId())) {
            throw new ForbiddenException("Alleen de coördinatoren en trajectbegeleiders van het netwerk en de"
                    + " beheerders exporteren de gegevens van een buddy.");
        }
    }

    @Override
    public void authorizeErasure(Caller caller, long buddyId) {
        Buddy buddy = directory.get(caller, buddyId);
        if (!BuddyAccess.mayErase(caller, buddy.networkId())) {
            throw new ForbiddenException("Alleen de coördinatoren van het netwerk en de beheerders wissen een buddy.");
        }
    }

    @Override
    public Map<String, Object> export(long buddyId) {
        Buddy b = buddy(buddyId);
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("id", b.id());
        profile.put("reference", b.reference());
        profile.put("firstName", b.firstName());
        profile.put("lastName", b.lastName());
        profile.put("email", b.email());
        profile.put("phone", b.phone());
        profile.put("municipalityNis", b.municipalityNis());
        profile.put("networkId", b.networkId());
        profile.put("languages", b.languages());
        profile.put("interests", b.interests());
        profile.put("availability", b.availability());
        profile.put("screening", b.screening().code());
        profile.put("screeningDecidedOn", b.screeningDecidedOn());
        profile.put("training", b.training().code());
        profile.put("trainedOn", b.trainedOn());
        profile.put("capacity", b.capacity());
        profile.put("duosTaken", b.duosTaken());
        profile.put("status", b.status().code());
        profile.put("registeredBy", b.registeredBy().code());
        profile.put("registeredAt", b.createdAt());
        profile.put("updatedAt", b.updatedAt());
        profile.put("erasedAt", b.erasedAt());
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("profile", profile);
        sections.put("consents", ConsentRecords.current(b.consents()));
        sections.put("consentHistory", ConsentRecords.history(audit.historyOf(kind(), buddyId,
                new PageRequest(0, 1000, "at", true)).items()));
        return sections;
    }

    @Override
    public boolean claim(long buddyId, Instant at, String by) {
        boolean claimed = buddies.claimErasure(buddyId, at, by);
        if (claimed) {
            changes.changed(CandidateChanges.BUDDY, buddyId);
        }
        return claimed;
    }

    /**
     * Pseudonymises the buddy, who stops with it: the duos they still ran end today as when a coordinator stops them
     * (their newcomers need another buddy), in the erasing transaction.
     */
    @Override
    public void pseudonymise(long buddyId, Instant at, String by) {
        Buddy b = buddy(buddyId);
        buddies.refresh(b); // the claim changed the row behind the persistence context's back
        boolean ranDuos = b.duosTaken() > 0;
        b.erase(at, by);
        if (ranDuos) {
            buddies.flush();
            withdrew.fire(new BuddyWithdrew(buddyId)); // gives the duos back through the port, which writes the row
            buddies.refresh(b);
        }
    }

    /**
     * Stopped (or refused at the screening) buddies without a running duo whose record nobody changed since before
     * {@code cutoff}: a change of status touches the record, so they stopped at least that long ago.
     */
    @Override
    public List<Long> dueForErasure(LocalDate cutoff, long afterId, int max) {
        return buddies.dueForErasure(startOf(cutoff), afterId, max);
    }

    @Override
    public boolean isDue(long buddyId, LocalDate cutoff) {
        return buddies.isDue(buddyId, startOf(cutoff));
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(Clocks.BRUSSELS).toInstant();
    }

    @Override
    public void eraseHistory(long buddyId) {
        history.overwrite("buddy_aud", "id", buddyId, ERASED_COLUMNS);
        PERSONAL_COLLECTIONS.forEach(table -> history.delete(table, "buddy_id", buddyId));
    }

    private Buddy buddy(long id) {
        return buddies.byId(id).orElseThrow(() -> new NotFoundException("buddy", String.valueOf(id)));
    }

    private static Map<String, Object> erasedColumns() {
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("first_name", Buddy.ERASED_NAME);
        columns.put("last_name", Buddy.ERASED_NAME);
        columns.put("name_search", SearchText.fold(Buddy.ERASED_NAME));
        columns.put("sort_name", SearchText.fold(Buddy.ERASED_NAME));
        columns.put("email", null);
        columns.put("phone", null);
        return columns;
    }
}
