package be.vierdepijler.core.participation.application;

import be.vierdepijler.core.shared.Settings;
import be.vierdepijler.core.shared.Sha256;

/**
 * The limits of the public form, read on every request (so that an operator, or a test, may change them without a
 * restart): {@code vp.participation.per-address-per-hour} (VP_PARTICIPATION_PER_ADDRESS_PER_HOUR, default
 * {@value #PER_ADDRESS}), {@code vp.participation.per-hour} for all addresses together (VP_PARTICIPATION_PER_HOUR,
 * default {@value #GLOBAL}), and the salt of the address hash {@code vp.participation.address-salt}
 * (VP_PARTICIPATION_ADDRESS_SALT; the same on every node).
 */
public final class RequestLimits {

    public static final int PER_ADDRESS = 5;
    public static final int GLOBAL = 500;
    private static final String DEFAULT_SALT = "vierdepijler-participation-requests";

    private RequestLimits() {
    }

    public static int perAddress() {
        return Settings.wholeNumber("vp.participation.per-address-per-hour", "VP_PARTICIPATION_PER_ADDRESS_PER_HOUR",
                1, 1_000_000, PER_ADDRESS);
    }

    public static int global() {
        return Settings.wholeNumber("vp.participation.per-hour", "VP_PARTICIPATION_PER_HOUR", 1, 10_000_000,
                GLOBAL);
    }

    /** The salted SHA-256 of a client address: what is kept instead of the address. */
    public static String hash(String address) {
        String salt = Settings.text("vp.participation.address-salt", "VP_PARTICIPATION_ADDRESS_SALT")
                .orElse(DEFAULT_SALT);
        return Sha256.hex(salt + "|" + (address == null ? "" : address));
    }
}
