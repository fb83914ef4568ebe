package be.vierdepijler.core.trajectory.domain;

/** Who decided on an hour entry: the offer's contact person (through a confirmation link) or a signed-in user. */
public enum Confirmer {
    CONTACT_PERSON("contact-person"), COUNSELLOR("counsellor");

    private final String code;

    Confirmer(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
