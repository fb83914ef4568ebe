package be.vierdepijler.core.audit.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.audit.domain.PersonalDataRead;
import be.vierdepijler.core.audit.domain.PersonalDataReads;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/**
 * The audit trail: reads of one person's record are written here by the services that serve them; changes are kept
 * by Envers, for every kind of record an {@link AuditedKind} describes. Only administrators may query either; the
 * export of one person's data reads that person's part ({@link #historyOf}, {@link #readsOf}).
 */
@ApplicationScoped
@Transactional
public class AuditLog {

    public static final String USER = "user";
    public static final Set<String> SORTABLE = Set.of("at");

    @Inject
    PersonalDataReads readLog;

    @Inject
    RevisionHistory revisions;

    @Inject
    Clock clock;

    @Inject
    @Any
    Instance<AuditedKind<?>> kinds;

    /** Logs that {@code caller} opened the record {@code subjectId} of kind {@code subjectKind}. */
    public void recordRead(Caller caller, String subjectKind, String subjectId) {
        readLog.add(new PersonalDataRead(clock.instant(), caller.username(), subjectKind, subjectId));
    }

    /** Reads of personal data, newest first; narrowed to one record or one reader when given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PersonalDataRead> reads(Caller caller, String subjectKind, String subjectId, String readBy,
                                        PageRequest page) {
        requireAdministrator(caller);
        return readLog.find(subjectKind, subjectId, readBy, page);
    }

    /** The kinds of record whose changes are kept, e.g. {@code buddy}, {@code user}. */
    public List<String> kinds() {
        return kinds.stream().map(AuditedKind::kind).sorted().toList();
    }

    /** Changes of user accounts, newest first; of one account when {@code subjectId} is given. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntry> userChanges(Caller caller, Long subjectId, PageRequest page) {
        return changes(caller, USER, subjectId, page);
    }

    /**
     * Changes of one kind of record, newest first; of one record when {@code subjectId} is given.
     *
     * @throws InvalidInputException for a kind that is not audited
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntry> changes(Caller caller, String kind, Long subjectId, PageRequest page) {
        requireAdministrator(caller);
        return revisions.of(kind(kind), subjectId, page);
    }

    /** The changes of one record, newest first, for the record's own export (the caller's right was checked). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AuditEntry> historyOf(String kind, long subjectId, PageRequest page) {
        return revisions.of(kind(kind), subjectId, page);
    }

    /** Every read of one record, newest first, for the record's own export (the caller's right was checked). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PersonalDataRead> readsOf(String kind, String subjectId, int max) {
        return readLog.of(kind, subjectId, max);
    }

    private AuditedKind<?> kind(String code) {
        return kinds.stream().filter(k -> k.kind().equals(code)).findFirst()
                .orElseThrow(() -> new InvalidInputException("kind", "unknown-kind", "Gekend: "
                        + String.join(", ", kinds()) + "."));
    }

    private static void requireAdministrator(Caller caller) {
        if (!caller.isAdministrator()) {
            throw new ForbiddenException("Alleen beheerders raadplegen het auditlogboek.");
        }
    }
}
