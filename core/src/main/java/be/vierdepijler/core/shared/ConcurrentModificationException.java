package be.vierdepijler.core.shared;

/**
 * Somebody else changed the object after the caller read it (optimistic locking): the caller must read it again and
 * re-apply the change. Nothing was written.
 */
public class ConcurrentModificationException extends RuntimeException {

    private final long currentVersion;

    public ConcurrentModificationException(String kind, String id, long currentVersion) {
        super("De " + kind + " '" + id + "' werd intussen door iemand anders gewijzigd (nu versie " + currentVersion
                + "). Laad opnieuw en probeer nog eens.");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
