package be.vierdepijler.core.user.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * What the OpenID Connect provider says of a person besides the subject: the name, the e-mail address and whether it
 * verified that address. Kept alike by a pending sign-in and a sign-in ticket, in columns of the same names. A name
 * longer than its column is cut; an address longer than its column is dropped, since a cut address could be someone
 * else's.
 */
@Embeddable
public class ProvidedProfile {

    @Column(name = "display_name", length = UserAccount.MAX_DISPLAY_NAME)
    private String displayName;

    @Column(length = UserAccount.MAX_EMAIL)
    private String email;

    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified;

    protected ProvidedProfile() {
        // for JPA
    }

    /** The provider's values, tidied: blank is none, a name cut to its column, an address too long dropped. */
    public static ProvidedProfile of(String displayName, String email, boolean emailVerified) {
        ProvidedProfile profile = new ProvidedProfile();
        profile.displayName = clip(displayName, UserAccount.MAX_DISPLAY_NAME);
        profile.email = email != null && !email.isBlank() && email.strip().length() <= UserAccount.MAX_EMAIL
                ? email.strip() : null;
        profile.emailVerified = emailVerified;
        return profile;
    }

    private static String clip(String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        return stripped.length() <= max ? stripped : stripped.substring(0, max);
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public boolean emailVerified() {
        return emailVerified;
    }
}
