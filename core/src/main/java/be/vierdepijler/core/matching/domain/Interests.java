package be.vierdepijler.core.matching.domain;

import be.vierdepijler.core.profile.domain.Interest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A set of interests as bits (one per {@link Interest}), so that comparing two people costs one AND: the
 * network-wide proposal compares millions of pairs.
 */
public record Interests(int bits) {

    public static final Interests NONE = new Interests(0);

    public static Interests of(Collection<Interest> interests) {
        int bits = 0;
        for (Interest interest : interests) {
            bits |= 1 << interest.ordinal();
        }
        return new Interests(bits);
    }

    public Interests shared(Interests other) {
        return new Interests(bits & other.bits);
    }

    public int size() {
        return Integer.bitCount(bits);
    }

    public boolean isEmpty() {
        return bits == 0;
    }

    /** In the order of {@link Interest}. */
    public List<Interest> list() {
        List<Interest> list = new ArrayList<>();
        for (Interest interest : Interest.values()) {
            if ((bits & (1 << interest.ordinal())) != 0) {
                list.add(interest);
            }
        }
        return list;
    }
}
