package be.vierdepijler.regions.allocation.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An objective criterion an amount is divided by: the number of a network's municipalities that take part on the
 * reference date, or the sum of one {@link FigureKind} of a year over those municipalities. Every figure kind is a
 * criterion, so a new kind needs no change here.
 *
 * @param code  the kebab-case code in the API and the database: {@code participating-municipalities} or the kind's
 * @param kind  the figure summed, or null for the participating municipalities
 * @param label Dutch
 */
public record Criterion(String code, FigureKind kind, String label) {

    public static final Criterion PARTICIPATING_MUNICIPALITIES = new Criterion("participating-municipalities", null,
            "Deelnemende gemeenten");

    public Criterion {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(label, "label");
    }

    /** Whether its values are figures of a year (so the year must be given). */
    public boolean needsYear() {
        return kind != null;
    }

    public static Criterion of(FigureKind kind) {
        return new Criterion(kind.code(), kind, kind.label());
    }

    /** Every criterion, in a stable order: participating municipalities, then the figure kinds. */
    public static List<Criterion> all() {
        List<Criterion> all = new ArrayList<>();
        all.add(PARTICIPATING_MUNICIPALITIES);
        for (FigureKind kind : FigureKind.values()) {
            all.add(of(kind));
        }
        return all;
    }

    public static Optional<Criterion> byCode(String code) {
        return all().stream().filter(c -> c.code.equals(code)).findFirst();
    }

    public static List<String> codes() {
        return all().stream().map(Criterion::code).toList();
    }
}
