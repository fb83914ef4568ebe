package be.vierdepijler.web.api.buddy;

import java.time.Instant;

/**
 * The answer to an erasure.
 *
 * @param alreadyErased whether the person had been erased before (then the audit history was cleared again)
 */
public record ErasureDto(String kind, String id, Instant erasedAt, String erasedBy, boolean alreadyErased) {
}
