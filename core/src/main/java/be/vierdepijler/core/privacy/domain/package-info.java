/**
 * Privacy by design for the people whose data the platform holds (newcomers and buddies): consent per purpose.
 * Export (right of access), erasure by pseudonymisation and the retention job build on it.
 */
package be.vierdepijler.core.privacy.domain;
