package be.vierdepijler.core.shared;

/** The object existed but can no longer be used (a spent or expired confirmation link): 410. */
public class GoneException extends RuntimeException {

    public GoneException(String message) {
        super(message);
    }
}
