/**
 * Privacy by design for the people whose data the platform holds (newcomers and buddies): consent per purpose, read
 * and recorded by the same rules for everyone ({@link be.vierdepijler.core.privacy.domain.Consents}), the record of
 * each erasure, and the refusal to change an erased person. Export (right of access) and erasure live in
 * {@code privacy.application}, and so does the retention job.
 */
package be.vierdepijler.core.privacy.domain;
