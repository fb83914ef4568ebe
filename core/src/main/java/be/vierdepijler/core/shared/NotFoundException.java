package be.vierdepijler.core.shared;

/**
 * The object does not exist, or exists outside what the caller may see: both answer the same, so that an id out of
 * scope reveals nothing.
 */
public class NotFoundException extends RuntimeException {

    private final String kind;
    private final String id;

    /**
     * @param kind what was looked for, in Dutch as shown to a person (e.g. {@code gemeente})
     * @param id   the identifier that was asked for
     */
    public NotFoundException(String kind, String id) {
        super("Geen " + kind + " gevonden met id '" + id + "'.");
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
