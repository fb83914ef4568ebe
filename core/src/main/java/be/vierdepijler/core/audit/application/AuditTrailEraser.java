package be.vierdepijler.core.audit.application;

import java.util.List;
import java.util.Map;

/**
 * Clears the personal data of one person from the audit history ({@code *_aud} tables of Envers), which keeps every
 * old value: an erasure that left them there would erase nothing. The tables and columns are named by the aggregate
 * that owns them. Joins the caller's transaction (one must be running).
 */
public interface AuditTrailEraser {

    /**
     * Overwrites columns in every revision of one record.
     *
     * @param values column → the value every revision gets (null clears it)
     * @return how many revisions were overwritten
     */
    int overwrite(String auditTable, String idColumn, long id, Map<String, Object> values);

    /**
     * Replaces free texts in every revision of one record by a placeholder, where they were filled in: the history
     * keeps that there was a reason, not what it said.
     *
     * @return how many revisions were touched
     */
    int mask(String auditTable, String idColumn, long id, List<String> columns, String placeholder);

    /** Deletes every revision of the rows of one record in an audited collection table (e.g. its languages). */
    int delete(String auditTable, String ownerColumn, long id);
}
