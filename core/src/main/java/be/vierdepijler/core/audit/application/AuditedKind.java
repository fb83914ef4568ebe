package be.vierdepijler.core.audit.application;

import java.util.Map;

/**
 * One kind of audited record of personal data ({@code user}, {@code buddy} …) as the audit log shows its changes: the
 * entity Envers keeps the history of, and which of its fields a change shows. A CDI bean beside the aggregate; the
 * {@link AuditLog} finds every one. Stateless and thread-safe.
 *
 * @param <T> the {@code @Audited} entity
 */
public interface AuditedKind<T> {

    /** The stable code of the kind, as in {@code /audit/changes?kind=} and the reads log. */
    String kind();

    Class<T> entityType();

    /** The entity's id as the audit log shows it. */
    String idOf(T entity);

    /** The audited fields of one revision of the entity, by the names the API uses. */
    Map<String, Object> stateOf(T entity);
}
