/**
 * The rights of a person over their data, for every kind of person the platform holds: export of everything held
 * (right of access) and erasure by pseudonymisation that keeps the counts, also in the audit history. A kind of person
 * takes part by one {@link be.vierdepijler.core.privacy.application.PersonalDataHolder} bean beside its aggregate
 * (buddies, newcomers); {@link be.vierdepijler.core.privacy.application.PersonalDataService} logs the export as a read
 * and records every erasure (who, when). {@link be.vierdepijler.core.privacy.application.RetentionJob} erases whoever
 * is past the {@link be.vierdepijler.core.privacy.application.RetentionPolicy}, safely on several nodes at once
 * (docs/adr/0011).
 */
package be.vierdepijler.core.privacy.application;
