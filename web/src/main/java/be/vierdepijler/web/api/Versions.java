package be.vierdepijler.web.api;

import be.vierdepijler.core.shared.InvalidInputException;
import jakarta.ws.rs.core.EntityTag;

/**
 * Optimistic locking over HTTP: a versioned resource answers its version as a strong {@code ETag}; an update must
 * send it back in {@code If-Match}.
 */
public final class Versions {

    private Versions() {
    }

    public static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * @param ifMatch the raw {@code If-Match} header
     * @return the version the caller read
     * @throws PreconditionRequiredException when the header is absent
     * @throws InvalidInputException         when it holds no version of ours
     */
    public static long fromIfMatch(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "malformed-etag",
                    "If-Match moet de ETag bevatten die je las (bv. \"3\"), niet " + ifMatch + ".");
        }
    }

    /** An update came without {@code If-Match}: answered 428, so that nobody overwrites a change unseen. */
    public static class PreconditionRequiredException extends RuntimeException {
        public PreconditionRequiredException() {
            super("Deze wijziging vraagt de header If-Match met de ETag die je las, zodat je geen wijziging van"
                    + " iemand anders overschrijft.");
        }
    }
}
