/**
 * The audit trail of personal data: every change is kept by Hibernate Envers with who and when
 * ({@link be.vierdepijler.core.audit.domain.AuditRevision}); every read of one person's record is logged as a
 * {@link be.vierdepijler.core.audit.domain.PersonalDataRead}. Administrators query both.
 */
package be.vierdepijler.core.audit.domain;
