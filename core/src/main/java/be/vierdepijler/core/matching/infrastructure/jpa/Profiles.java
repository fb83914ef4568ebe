package be.vierdepijler.core.matching.infrastructure.jpa;

import be.vierdepijler.core.profile.domain.Interest;
import be.vierdepijler.core.profile.domain.TimeSlot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the comma-joined codes the candidate queries aggregate ({@code string_agg}); unknown codes are skipped. */
final class Profiles {

    /** By code, looked up for every row of a candidate query: a map, not a scan of the values. */
    private static final Map<String, Interest> INTERESTS = new HashMap<>();
    private static final Map<String, TimeSlot> SLOTS = new HashMap<>();

    static {
        for (Interest interest : Interest.values()) {
            INTERESTS.put(interest.code(), interest);
        }
        for (TimeSlot slot : TimeSlot.all()) {
            SLOTS.put(slot.code(), slot);
        }
    }

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
            Interest interest = INTERESTS.get(code.strip());
            if (interest != null) {
                interests.add(interest);
            }
        }
        return interests;
    }

    static List<TimeSlot> slots(Object joined) {
        List<TimeSlot> slots = new ArrayList<>();
        for (String code : split(joined)) {
            TimeSlot slot = SLOTS.get(code.strip());
            if (slot != null) {
                slots.add(slot);
            }
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
