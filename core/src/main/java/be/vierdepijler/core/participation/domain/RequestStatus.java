package be.vierdepijler.core.participation.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Where a request stands: open until a counsellor takes it in (linked to a newcomer) or declines it. */
public enum RequestStatus {
    OPEN, TAKEN_IN, DECLINED;

    /** The code in the API: {@code open}, {@code taken-in}, {@code declined}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The status of a code, or null for an unknown one. */
    public static RequestStatus byCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst().orElse(null);
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(RequestStatus::code).toList();
    }
}
