package be.vierdepijler.core.buddy.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** How a buddy came in: registered by a coordinator or counsellor, or by themselves on the public form. */
public enum RegistrationChannel {
    /** Registered by a coordinator or counsellor after an intake. */
    COORDINATOR("coordinator", "Door een coördinator of trajectbegeleider"),
    /** Registered themselves on the public form (like mijnbuddy.be). */
    SELF("self", "Zelf aangemeld");

    private final String code;
    private final String label;

    RegistrationChannel(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The kebab-case code of the API; never rename one (the database stores the constant's name). */
    public String code() {
        return code;
    }

    /** The Dutch label. */
    public String label() {
        return label;
    }

    public static Optional<RegistrationChannel> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(v -> v.code.equals(wanted)).findFirst();
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(RegistrationChannel::code).toList();
    }
}
