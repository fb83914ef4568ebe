package be.vierdepijler.core.trajectory.domain;

import be.vierdepijler.core.shared.FieldViolation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * How far back in time a trajectory reaches. A newcomer often starts an activity before the counsellor registers the
 * trajectory, so a placement may start, and hours may be dated, up to {@code days} days before the trajectory was
 * opened (such hours are marked as recorded afterwards); never earlier. A placement also never starts before its
 * offer's active period nor before the newcomer's integration contract: hours from before then are no part of this
 * trajectory.
 *
 * @param days the back-dating window, 0 to {@value #MAX_DAYS} days
 */
public record Backdating(int days) {

    public static final int DEFAULT_DAYS = 90;
    public static final int MAX_DAYS = 365;

    public Backdating {
        if (days < 0 || days > MAX_DAYS) {
            throw new IllegalArgumentException("a back-dating window of " + days + " days");
        }
    }

    /** The first day a trajectory opened on {@code openedOn} reaches. */
    public LocalDate earliest(LocalDate openedOn) {
        return openedOn.minusDays(days);
    }

    /** Whether hours of {@code day} are recorded afterwards: dated before the trajectory was opened. */
    public static boolean afterwards(LocalDate day, LocalDate openedOn) {
        return day.isBefore(openedOn);
    }

    /**
     * Why a placement cannot start on {@code start}, at the field {@code startDate}.
     *
     * @param offerActiveFrom    the first day of the offer's active period; null for a buddy or an open-ended offer
     * @param contractDate       the day of the newcomer's integration contract; null when unknown
     */
    public List<FieldViolation> checkPlacementStart(LocalDate start, LocalDate openedOn, LocalDate offerActiveFrom,
                                                    LocalDate contractDate) {
        List<FieldViolation> problems = new ArrayList<>();
        if (start.isBefore(earliest(openedOn))) {
            problems.add(new FieldViolation("startDate", "before-backdating-window", "Een plaatsing start hoogstens "
                    + days + " dagen voor de opening van het traject (" + openedOn + "), dus niet voor "
                    + earliest(openedOn) + "."));
        }
        if (offerActiveFrom != null && start.isBefore(offerActiveFrom)) {
            problems.add(new FieldViolation("startDate", "before-offer-active", "Het aanbod loopt pas vanaf "
                    + offerActiveFrom + "."));
        }
        if (contractDate != null && start.isBefore(contractDate)) {
            problems.add(new FieldViolation("startDate", "before-integration-contract", "Het inburgeringscontract"
                    + " is pas op " + contractDate + " getekend."));
        }
        return problems;
    }
}
