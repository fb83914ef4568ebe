package be.vierdepijler.core.matching.infrastructure.jpa;

import be.vierdepijler.core.matching.domain.Availability;
import be.vierdepijler.core.matching.domain.Interests;
import be.vierdepijler.core.profile.domain.Interest;
import be.vierdepijler.core.profile.domain.TimeSlot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the comma-joined codes the candidate queries aggregate ({@code string_agg}) into the matching's values;
 * unknown codes are skipped. Called for every row of a candidate query, so lookups go through maps.
 */
final class Profiles {

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

    static Set<String> languages(String joined) {
        if (joined == null || joined.isEmpty()) {
            return Set.of();
        }
        String[] codes = joined.split(",");
        for (int i = 0; i < codes.length; i++) {
            codes[i] = codes[i].strip().toLowerCase(Locale.ROOT);
        }
        return Set.of(distinct(codes));
    }

    static Interests interests(String joined) {
        List<Interest> interests = new ArrayList<>(4);
        for (String code : split(joined)) {
            Interest interest = INTERESTS.get(code.strip());
            if (interest != null) {
                interests.add(interest);
            }
        }
        return interests.isEmpty() ? Interests.NONE : Interests.of(interests);
    }

    static Availability slots(String joined) {
        List<TimeSlot> slots = new ArrayList<>(6);
        for (String code : split(joined)) {
            TimeSlot slot = SLOTS.get(code.strip());
            if (slot != null) {
                slots.add(slot);
            }
        }
        return slots.isEmpty() ? Availability.NONE : Availability.of(slots);
    }

    private static String[] split(String joined) {
        return joined == null || joined.isEmpty() ? new String[0] : joined.split(",");
    }

    private static String[] distinct(String[] codes) {
        return java.util.Arrays.stream(codes).distinct().toArray(String[]::new);
    }
}
