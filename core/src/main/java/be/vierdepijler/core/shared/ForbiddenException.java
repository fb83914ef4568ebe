package be.vierdepijler.core.shared;

/**
 * The caller may see the object but may not do this with it (e.g. a local officer changing a network's membership).
 * Where the caller may not even see the object, answer {@link NotFoundException} instead.
 */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
