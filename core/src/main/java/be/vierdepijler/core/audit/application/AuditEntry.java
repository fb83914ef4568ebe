package be.vierdepijler.core.audit.application;

import java.time.Instant;
import java.util.Map;

/**
 * One change of audited personal data.
 *
 * @param revision    the change set it belongs to
 * @param at          when
 * @param by          who (a username, or {@code system})
 * @param subjectKind what kind of record ({@code user})
 * @param subjectId   which record
 * @param change      {@code ADD}, {@code MOD} or {@code DEL}
 * @param state       the audited fields after the change
 */
public record AuditEntry(long revision, Instant at, String by, String subjectKind, String subjectId, String change,
                         Map<String, Object> state) {
}
