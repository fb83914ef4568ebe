package be.vierdepijler.core.privacy.application;

import be.vierdepijler.core.audit.application.AuditEntry;
import be.vierdepijler.core.privacy.domain.Consent;
import be.vierdepijler.core.privacy.domain.ConsentPurpose;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person's consents as the audit log keeps them and as an export shows them, for every kind of person that gives
 * consent (newcomers, buddies): the audited state of the consents is the history of consent, which the export reads
 * back from the person's revisions.
 */
public final class ConsentRecords {

    private ConsentRecords() {
    }

    /** The consents as a revision's state holds them (by purpose): purpose, granted, recordedAt, recordedBy. */
    public static List<Map<String, Object>> auditState(Collection<Consent> consents) {
        return consents.stream().sorted(Comparator.comparing(c -> c.purpose().code())).map(c -> {
            Map<String, Object> consent = new LinkedHashMap<>();
            consent.put("purpose", c.purpose().code());
            consent.put("granted", c.granted());
            consent.put("recordedAt", c.recordedAt());
            consent.put("recordedBy", c.recordedBy());
            return consent;
        }).toList();
    }

    /** The answers as they stand, by purpose. */
    public static List<ConsentAnswer> current(Collection<Consent> consents) {
        return consents.stream().sorted(Comparator.comparing(c -> c.purpose().code()))
                .map(c -> new ConsentAnswer(c.purpose().code(), c.purpose().dutchLabel(), c.granted(),
                        c.recordedAt(), c.recordedBy())).toList();
    }

    /** Every answer the person ever gave, oldest first, read from the revisions of their record. */
    public static List<ConsentAnswer> history(Collection<AuditEntry> revisions) {
        Set<ConsentAnswer> answers = new LinkedHashSet<>();
        for (AuditEntry revision : revisions) {
            if (revision.state().get("consents") instanceof List<?> list) {
                for (Object o : list) {
                    Map<?, ?> c = (Map<?, ?>) o;
                    String purpose = (String) c.get("purpose");
                    answers.add(new ConsentAnswer(purpose, ConsentPurpose.byCode(purpose)
                            .map(ConsentPurpose::dutchLabel).orElse(purpose), (Boolean) c.get("granted"),
                            (Instant) c.get("recordedAt"), (String) c.get("recordedBy")));
                }
            }
        }
        return answers.stream().sorted(Comparator.comparing(ConsentAnswer::recordedAt)).toList();
    }

    /** One answer to one purpose, as the export shows it. */
    public record ConsentAnswer(String purpose, String label, boolean granted, Instant recordedAt,
                                String recordedBy) {
    }
}
