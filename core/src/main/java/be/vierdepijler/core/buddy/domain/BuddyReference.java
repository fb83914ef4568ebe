package be.vierdepijler.core.buddy.domain;

import java.util.random.RandomGenerator;

/**
 * The reference a buddy is given at registration, e.g. {@code BD-7K3M-Q9XP}: random, so that it says nothing about
 * the person nor how many registered before; no letters that read as digits (no I, L, O, 0, 1). 8 symbols of 31: about
 * 8.5 × 10¹¹ references, so a collision (refused by a unique key) is not to be expected.
 */
public final class BuddyReference {

    private static final String SYMBOLS = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final String PATTERN = "BD-[" + SYMBOLS + "]{4}-[" + SYMBOLS + "]{4}";

    private BuddyReference() {
    }

    public static String random(RandomGenerator random) {
        StringBuilder s = new StringBuilder("BD-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                s.append('-');
            }
            s.append(SYMBOLS.charAt(random.nextInt(SYMBOLS.length())));
        }
        return s.toString();
    }
}
