package be.vierdepijler.core.matching.infrastructure.jpa;

import be.vierdepijler.core.profile.domain.Interest;
import be.vierdepijler.core.profile.domain.TimeSlot;
import java.util.ArrayList;
import java.util.List;

/** Reads the comma-joined codes the candidate queries aggregate ({@code string_agg}); unknown codes are skipped. */
final class Profiles {

    private Profiles() {
    }

    static List<String> languages(Object joined) {
        List<String> languages = new ArrayList<>();
        for (String code : split(joined)) {
            languages.add(code.strip().toLowerCase(java.util.Locale.ROOT));
        }
        return languages;
    }

    static List<Interest> interests(Object joined) {
        List<Interest> interests = new ArrayList<>();
        for (String code : split(joined)) {
            Interest.byCode(code).ifPresent(interests::add);
        }
        return interests;
    }

    static List<TimeSlot> slots(Object joined) {
        List<TimeSlot> slots = new ArrayList<>();
        for (String code : split(joined)) {
            TimeSlot.byCode(code).ifPresent(slots::add);
        }
        return slots;
    }

    private static String[] split(Object joined) {
        return joined == null || joined.toString().isEmpty() ? new String[0] : joined.toString().split(",");
    }

    /** A native query's number column as a long (H2 and PostgreSQL answer different types). */
    static long number(Object value) {
        return ((Number) value).longValue();
    }
}
