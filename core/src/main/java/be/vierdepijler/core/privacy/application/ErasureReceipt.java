package be.vierdepijler.core.privacy.application;

import java.time.Instant;

/**
 * The answer to an erasure: whose record, when and by whom it was erased.
 *
 * @param alreadyErased whether the person had been erased before this request (the history was cleared again)
 */
public record ErasureReceipt(String kind, String id, Instant erasedAt, String erasedBy, boolean alreadyErased) {
}
