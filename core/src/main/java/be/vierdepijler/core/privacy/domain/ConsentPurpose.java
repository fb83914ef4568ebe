package be.vierdepijler.core.privacy.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a person (newcomer or buddy) may consent to, each separately (GDPR art. 6 and 7). Following a trajectory needs
 * no consent (it is the legal task of the integration decree); everything beyond it does. Codes are stored and
 * exchanged through the API; never rename one.
 */
public enum ConsentPurpose {

    /** Use the profile (languages, interests, availability, level) to propose buddies, offers or newcomers. */
    MATCHING("matching", "Koppelen aan een buddy of aanbod"),
    /** Share name and contact details with the partner organisation or the buddy of a placement. */
    SHARE_WITH_PARTNERS("share-with-partners", "Contactgegevens delen met partner of buddy"),
    /** Be contacted afterwards for an evaluation of the trajectory or the buddy scheme. */
    EVALUATION_CONTACT("evaluation-contact", "Gecontacteerd worden voor een evaluatie");

    private final String code;
    private final String dutchLabel;

    ConsentPurpose(String code, String dutchLabel) {
        this.code = code;
        this.dutchLabel = dutchLabel;
    }

    public String code() {
        return code;
    }

    public String dutchLabel() {
        return dutchLabel;
    }

    public static Optional<ConsentPurpose> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.code.equals(wanted)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(ConsentPurpose::code).toList();
    }
}
