package be.vierdepijler.core.profile.domain;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A part of a day of the week in which someone is available: {@code mon-morning}, {@code sat-evening} … (21 slots).
 * Availability is a set of slots; two people overlap when their sets share one.
 */
public record TimeSlot(DayOfWeek day, PartOfDay part) {

    /** Morning (until 12h), afternoon (12–17h), evening (from 17h). */
    public enum PartOfDay {
        MORNING("morning", "voormiddag"), AFTERNOON("afternoon", "namiddag"), EVENING("evening", "avond");

        private final String code;
        private final String dutchLabel;

        PartOfDay(String code, String dutchLabel) {
            this.code = code;
            this.dutchLabel = dutchLabel;
        }

        public String code() {
            return code;
        }

        public String dutchLabel() {
            return dutchLabel;
        }
    }

    private static final String[] DAY_CODES = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    private static final String[] DAY_LABELS = {"maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
            "zondag"};

    public TimeSlot {
        if (day == null || part == null) {
            throw new IllegalArgumentException("a time slot needs a day and a part of the day");
        }
    }

    /** The stored and exchanged code, e.g. {@code wed-afternoon}. */
    public String code() {
        return DAY_CODES[day.getValue() - 1] + "-" + part.code();
    }

    /** E.g. "woensdagnamiddag". */
    public String dutchLabel() {
        return DAY_LABELS[day.getValue() - 1] + part.dutchLabel();
    }

    public static Optional<TimeSlot> byCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toLowerCase(Locale.ROOT);
        return all().stream().filter(s -> s.code().equals(wanted)).findFirst();
    }

    /** The 21 slots of a week, Monday morning first. */
    public static List<TimeSlot> all() {
        List<TimeSlot> slots = new ArrayList<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            for (PartOfDay part : PartOfDay.values()) {
                slots.add(new TimeSlot(day, part));
            }
        }
        return slots;
    }

    public static List<String> codes() {
        return all().stream().map(TimeSlot::code).toList();
    }
}
