package be.vierdepijler.web.platform.example;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.access.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What {@code VP_EXAMPLE_DATA} (system property {@code vp.example.data}) asks for: a comma-separated list of
 * {@code sources} and {@code synthetic}, in any order, case and spacing. Unset or blank asks for nothing, which is the
 * default. A value that is not one of these is an error of the whole setting: nothing is loaded then, so that a typo
 * never loads half of what was meant.
 */
public final class ExampleSets {

    public static final String ENVIRONMENT = "VP_EXAMPLE_DATA";
    public static final String PROPERTY = "vp.example.data";

    /**
     * Who example data is created as: an administrator that is no account (nobody signs in as it), so that every record
     * it makes says {@code voorbeelddata} in its created-by and recorded-by fields.
     */
    public static final Caller LOADER = new Caller(0L, "voorbeelddata", Role.ADMINISTRATOR, Set.of(), null, null);

    /** The parts of the example data. */
    public enum Part {
        /** The published sources (calls, pilots, projects), loaded through the import path. */
        SOURCES("sources"),
        /** A synthetic set of organisations, offers, buddies, newcomers, trajectories and hours in every network. */
        SYNTHETIC("synthetic");

        private final String code;

        Part(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        static Optional<Part> byCode(String code) {
            return Arrays.stream(values()).filter(p -> p.code.equals(code)).findFirst();
        }
    }

    /**
     * The setting read.
     *
     * @param parts   the parts asked for, in the order they load (sources first); empty when nothing is asked or the
     *                setting has an unknown value
     * @param unknown the values that are no part, as written; empty when the setting is in order
     */
    public record Request(Set<Part> parts, List<String> unknown) {

        public Request {
            parts = parts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(parts));
            unknown = List.copyOf(unknown);
        }

        public boolean valid() {
            return unknown.isEmpty();
        }

        public boolean asks(Part part) {
            return valid() && parts.contains(part);
        }

        /** The error for the log when the setting is not in order. */
        public String error() {
            return ENVIRONMENT + " has " + (unknown.size() == 1 ? "an unknown value " : "unknown values ")
                    + String.join(", ", unknown.stream().map(u -> "'" + u + "'").toList())
                    + "; allowed: " + allowed() + " (comma-separated, e.g. sources,synthetic). No example data is"
                    + " loaded.";
        }
    }

    private ExampleSets() {
    }

    /** The allowed values, comma-separated. */
    public static String allowed() {
        return String.join(", ", Arrays.stream(Part.values()).map(Part::code).toList());
    }

    /** Reads the raw setting; null or blank asks for nothing. */
    public static Request parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return new Request(Set.of(), List.of());
        }
        Set<Part> parts = EnumSet.noneOf(Part.class);
        Set<String> unknown = new LinkedHashSet<>();
        for (String value : raw.split(",", -1)) {
            String code = value.strip().toLowerCase(Locale.ROOT);
            if (code.isEmpty()) {
                continue;
            }
            Part.byCode(code).ifPresentOrElse(parts::add, () -> unknown.add(value.strip()));
        }
        return unknown.isEmpty() ? new Request(parts, List.of()) : new Request(Set.of(), List.copyOf(unknown));
    }
}
