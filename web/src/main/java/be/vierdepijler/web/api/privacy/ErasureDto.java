package be.vierdepijler.web.api.privacy;

import be.vierdepijler.core.privacy.application.ErasureReceipt;
import java.time.Instant;

/**
 * The answer to an erasure.
 *
 * @param alreadyErased whether the person had been erased before (then the audit history was cleared again)
 */
public record ErasureDto(String kind, String id, Instant erasedAt, String erasedBy, boolean alreadyErased) {

    public static ErasureDto of(ErasureReceipt receipt) {
        return new ErasureDto(receipt.kind(), receipt.id(), receipt.erasedAt(), receipt.erasedBy(),
                receipt.alreadyErased());
    }
}
