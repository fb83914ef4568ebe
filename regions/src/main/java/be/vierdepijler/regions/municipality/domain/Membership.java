package be.vierdepijler.regions.municipality.domain;

import be.vierdepijler.core.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Whether a municipality takes part in its regional network's fourth-pillar offer: from a day, possibly until a day
 * (both inclusive). A municipality that never took part has neither. Not every municipality takes part: about 230 of
 * the 304 do (Vlaams Parlement, vraag 173 of 2025).
 */
@Embeddable
public class Membership {

    @Column(name = "participating_from")
    private LocalDate participatingFrom;

    @Column(name = "participating_until")
    private LocalDate participatingUntil;

    protected Membership() {
        // for JPA
    }

    private Membership(LocalDate from, LocalDate until) {
        this.participatingFrom = from;
        this.participatingUntil = until;
    }

    public static Membership none() {
        return new Membership(null, null);
    }

    /**
     * @throws InvalidInputException when an end is given without a start, or the end lies before the start
     */
    public static Membership of(LocalDate from, LocalDate until) {
        if (until != null && from == null) {
            throw new InvalidInputException("participatingFrom", "required", "Een einddatum vraagt ook een begindatum.");
        }
        if (until != null && until.isBefore(from)) {
            throw new InvalidInputException("participatingUntil", "before-start",
                    "De einddatum (" + until + ") ligt voor de begindatum (" + from + ").");
        }
        return new Membership(from, until);
    }

    public LocalDate participatingFrom() {
        return participatingFrom;
    }

    public LocalDate participatingUntil() {
        return participatingUntil;
    }

    public boolean isParticipatingOn(LocalDate day) {
        return participatingFrom != null && !day.isBefore(participatingFrom)
                && (participatingUntil == null || !day.isAfter(participatingUntil));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Membership m && Objects.equals(participatingFrom, m.participatingFrom)
                && Objects.equals(participatingUntil, m.participatingUntil);
    }

    @Override
    public int hashCode() {
        return Objects.hash(participatingFrom, participatingUntil);
    }
}
