package be.vierdepijler.core.matching.domain;

import be.vierdepijler.core.profile.domain.TimeSlot;
import java.util.List;
import java.util.Locale;

/** Lists in explanations: "Arabisch, Frans en Engels". */
final class Words {

    /** At most this many items are named; the rest is counted. */
    static final int NAMED = 3;

    private Words() {
    }

    static String enumerate(List<String> items, String and) {
        if (items.size() > NAMED) {
            List<String> named = items.subList(0, NAMED);
            int rest = items.size() - NAMED;
            return String.join(", ", named) + " " + and + " " + rest + ("en".equals(and) ? " meer" : " more");
        }
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + and + " " + items.get(items.size() - 1);
    }

    static String englishSlot(TimeSlot slot) {
        String day = slot.day().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
        return day + " " + slot.part().code();
    }

    static String englishInterest(String code) {
        return code.replace('-', ' ').replace("religion philosophy", "religion and philosophy");
    }
}
