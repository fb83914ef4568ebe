package be.vierdepijler.core.matching.domain;

import be.vierdepijler.core.profile.domain.TimeSlot;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** The weekly time slots someone is free in (or an offer runs in), as 21 bits: overlap is one AND. */
public record Availability(int bits) {

    public static final Availability NONE = new Availability(0);

    private static final List<TimeSlot> SLOTS = TimeSlot.all();

    public static Availability of(Collection<TimeSlot> slots) {
        int bits = 0;
        for (TimeSlot slot : slots) {
            bits |= 1 << index(slot);
        }
        return new Availability(bits);
    }

    public Availability shared(Availability other) {
        return new Availability(bits & other.bits);
    }

    public int size() {
        return Integer.bitCount(bits);
    }

    public boolean isEmpty() {
        return bits == 0;
    }

    /** Monday morning first. */
    public List<TimeSlot> list() {
        List<TimeSlot> list = new ArrayList<>();
        for (int i = 0; i < SLOTS.size(); i++) {
            if ((bits & (1 << i)) != 0) {
                list.add(SLOTS.get(i));
            }
        }
        return list;
    }

    private static int index(TimeSlot slot) {
        return (slot.day().getValue() - 1) * TimeSlot.PartOfDay.values().length + slot.part().ordinal();
    }
}
