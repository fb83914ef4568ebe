package be.vierdepijler.core.privacy.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.audit.application.AuditEntry;
import be.vierdepijler.core.audit.application.AuditLog;
import be.vierdepijler.core.privacy.domain.PersonalDataErasure;
import be.vierdepijler.core.privacy.domain.PersonalDataErasures;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rights of a person whose data the platform holds, for every kind of person a {@link PersonalDataHolder}
 * describes: export of everything held (logged as a read of the record) and erasure (pseudonymisation, recorded with
 * who and when). Who may do either is the holder's rule.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class PersonalDataService {

    /** How many revisions and reads an export carries at most: a record's whole life, but bounded. */
    static final int MAX_HISTORY = 1000;

    @Inject
    @Any
    Instance<PersonalDataHolder> holders;

    @Inject
    AuditLog audit;

    @Inject
    InNewTransaction transaction;

    @Inject
    Clock clock;

    @Inject
    PersonalDataErasures erasures;

    /**
     * Everything held about one person; logged as a read of their record.
     *
     * @throws NotFoundException for a kind nobody holds, or a person out of the caller's sight
     */
    public PersonalDataExport export(Caller caller, String kind, long personId) {
        PersonalDataHolder holder = holder(kind);
        return transaction.call(() -> {
            holder.authorizeExport(caller, personId);
            Map<String, Object> sections = new LinkedHashMap<>(holder.export(personId));
            String id = String.valueOf(personId);
            List<AuditEntry> changes = audit.historyOf(kind, personId, new PageRequest(0, MAX_HISTORY, "at", false))
                    .items();
            sections.put("changes", changes);
            sections.put("reads", audit.readsOf(kind, id, MAX_HISTORY).stream()
                    .map(r -> new Read(r.readAt(), r.readBy())).toList());
            sections.put("erasures", erasures.of(kind, id).stream()
                    .map(e -> new Erasure(e.erasedAt(), e.erasedBy())).toList());
            audit.recordRead(caller, kind, id);
            return new PersonalDataExport(kind, id, clock.instant().truncatedTo(ChronoUnit.SECONDS), caller.username(),
                    sections);
        });
    }

    /**
     * Pseudonymises one person and clears their audit history; asking again for an erased person clears the history
     * again (which completes an erasure that failed half-way) and records nothing new.
     *
     * @throws NotFoundException for a kind nobody holds, or a person out of the caller's sight
     */
    public ErasureReceipt erase(Caller caller, String kind, long personId) {
        PersonalDataHolder holder = holder(kind);
        String id = String.valueOf(personId);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        boolean erasedNow = transaction.call(() -> {
            holder.authorizeErasure(caller, personId);
            boolean erased = holder.erase(personId, at, caller.username());
            if (erased) {
                erasures.add(new PersonalDataErasure(kind, id, at, caller.username()));
            }
            return erased;
        });
        // After the first commit: Envers has written the audit rows of the erasure itself by now.
        PersonalDataErasure first = transaction.call(() -> {
            holder.eraseHistory(personId);
            return erasures.first(kind, id).orElse(null);
        });
        return first == null ? new ErasureReceipt(kind, id, at, caller.username(), !erasedNow)
                : new ErasureReceipt(kind, id, first.erasedAt(), first.erasedBy(), !erasedNow);
    }

    /**
     * Erases one person because their retention period ended before {@code cutoff}, in the same two steps as
     * {@link #erase}: the claim decides which run (on which node) erases them; a person no longer due after the claim
     * (a trajectory opened again meanwhile) is left alone.
     *
     * @return whether this call erased the person (false when another run took them, or they are no longer due)
     */
    public boolean eraseForRetention(String kind, long personId, LocalDate cutoff, String by) {
        PersonalDataHolder holder = holder(kind);
        String id = String.valueOf(personId);
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        boolean erased;
        try {
            erased = transaction.call(() -> {
                if (!holder.claim(personId, at, by)) {
                    return false;
                }
                if (!holder.isDue(personId, cutoff)) {
                    throw new NoLongerDue(); // rolls the claim back
                }
                holder.pseudonymise(personId, at, by);
                erasures.add(new PersonalDataErasure(kind, id, at, by));
                return true;
            });
        } catch (NoLongerDue e) {
            return false;
        }
        if (erased) {
            transaction.call(() -> {
                holder.eraseHistory(personId);
                return null;
            });
        }
        return erased;
    }

    /** The person changed between the retention job's selection and its claim; the claim is rolled back. */
    private static final class NoLongerDue extends RuntimeException {
        NoLongerDue() {
            super(null, null, false, false);
        }
    }

    private PersonalDataHolder holder(String kind) {
        return holders.stream().filter(h -> h.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new NotFoundException("soort persoon", kind));
    }

    /** Somebody opened the record. */
    public record Read(Instant at, String by) {
    }

    /** The record was erased. */
    public record Erasure(Instant at, String by) {
    }
}
