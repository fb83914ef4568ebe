package be.vierdepijler.core.matching.infrastructure.jpa;

import be.vierdepijler.core.matching.domain.Availability;
import be.vierdepijler.core.matching.domain.Interests;
import be.vierdepijler.core.profile.domain.Interest;
import be.vierdepijler.core.profile.domain.TimeSlot;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the comma-joined codes the candidate queries aggregate ({@code string_agg}) into the matching's values;
 * unknown codes are skipped. Called for every row of a candidate query (tens of thousands per request), so it walks
 * the string once and looks codes up in maps of bits, without lists or streams.
 */
final class Profiles {

    private static final Map<String, Integer> INTEREST_BITS = new HashMap<>();
    private static final Map<String, Integer> SLOT_BITS = new HashMap<>();

    static {
        for (Interest interest : Interest.values()) {
            INTEREST_BITS.put(interest.code(), Interests.of(List.of(interest)).bits());
        }
        for (TimeSlot slot : TimeSlot.all()) {
            SLOT_BITS.put(slot.code(), Availability.of(List.of(slot)).bits());
        }
    }

    private Profiles() {
    }

    static Set<String> languages(String joined) {
        if (joined == null || joined.isEmpty()) {
            return Set.of();
        }
        int comma = joined.indexOf(',');
        if (comma < 0) {
            return Set.of(joined.strip().toLowerCase(Locale.ROOT));
        }
        String first = joined.substring(0, comma).strip().toLowerCase(Locale.ROOT);
        String rest = joined.substring(comma + 1);
        if (rest.indexOf(',') < 0) {
            String second = rest.strip().toLowerCase(Locale.ROOT);
            return first.equals(second) ? Set.of(first) : Set.of(first, second);
        }
        LinkedHashSet<String> all = new LinkedHashSet<>();
        for (String code : joined.split(",")) {
            all.add(code.strip().toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(all);
    }

    static Interests interests(String joined) {
        int bits = bits(joined, INTEREST_BITS);
        return bits == 0 ? Interests.NONE : new Interests(bits);
    }

    static Availability slots(String joined) {
        int bits = bits(joined, SLOT_BITS);
        return bits == 0 ? Availability.NONE : new Availability(bits);
    }

    private static int bits(String joined, Map<String, Integer> byCode) {
        if (joined == null || joined.isEmpty()) {
            return 0;
        }
        int bits = 0;
        int from = 0;
        while (from <= joined.length()) {
            int comma = joined.indexOf(',', from);
            int to = comma < 0 ? joined.length() : comma;
            Integer bit = byCode.get(joined.substring(from, to).strip());
            if (bit != null) {
                bits |= bit;
            }
            from = to + 1;
        }
        return bits;
    }
}
