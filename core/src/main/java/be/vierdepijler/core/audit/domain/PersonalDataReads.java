package be.vierdepijler.core.audit.domain;

import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import java.util.List;

/** The log of reads of personal data: written by every service that serves one person's record, never changed. */
public interface PersonalDataReads {

    void add(PersonalDataRead read);

    /**
     * Reads newest first ({@code page.descending()} turns it round), narrowed to a kind, a record and a reader when
     * they are given (null: any).
     */
    Page<PersonalDataRead> find(String subjectKind, String subjectId, String readBy, PageRequest page);

    /** Every read of one record, newest first, at most {@code max}. */
    List<PersonalDataRead> of(String subjectKind, String subjectId, int max);
}
