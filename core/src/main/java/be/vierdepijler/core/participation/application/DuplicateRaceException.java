package be.vierdepijler.core.participation.application;

/**
 * The database refused a new request because an open one for the same contact and offer (or the same reference) was
 * written at the same moment; the caller tries once more, and then finds it.
 */
public class DuplicateRaceException extends RuntimeException {

    public DuplicateRaceException(Throwable cause) {
        super("An equal open request was written at the same moment", cause);
    }
}
