package be.vierdepijler.core.privacy.domain;

/**
 * The person was erased (pseudonymised): nothing about them changes any more. Answered as a conflict with the
 * resource's state, not as bad input.
 */
public class PersonErasedException extends RuntimeException {

    private final String kind;
    private final String id;

    /**
     * @param kind what kind of person ({@code buddy}, {@code newcomer})
     * @param id   which one
     */
    public PersonErasedException(String kind, String id) {
        super("Deze persoon werd gewist (gepseudonimiseerd); de gegevens kunnen niet meer gewijzigd worden.");
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
