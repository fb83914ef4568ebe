package be.vierdepijler.core.audit.application;

import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;

/**
 * The revisions Envers keeps of one kind of audited record, as {@link AuditEntry}s: the state after each change,
 * with who and when. A port, because reading them takes the persistence context.
 */
public interface RevisionHistory {

    /**
     * Revisions newest first ({@code page.descending()} turns it round); of one record when {@code subjectId} is
     * given.
     */
    <T> Page<AuditEntry> of(AuditedKind<T> kind, Long subjectId, PageRequest page);
}
