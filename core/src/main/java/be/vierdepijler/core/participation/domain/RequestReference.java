package be.vierdepijler.core.participation.domain;

import java.util.random.RandomGenerator;

/**
 * The reference a request is given, e.g. {@code AV-7K3M-Q9XP}: random (it says nothing about the person nor how many
 * asked before), without letters that read as digits. A collision is refused by a unique key.
 */
public final class RequestReference {

    private static final String SYMBOLS = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public static final String PATTERN = "AV-[" + SYMBOLS + "]{4}-[" + SYMBOLS + "]{4}";

    private RequestReference() {
    }

    public static String random(RandomGenerator random) {
        StringBuilder s = new StringBuilder("AV-");
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                s.append('-');
            }
            s.append(SYMBOLS.charAt(random.nextInt(SYMBOLS.length())));
        }
        return s.toString();
    }
}
