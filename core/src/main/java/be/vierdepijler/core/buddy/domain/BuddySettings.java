package be.vierdepijler.core.buddy.domain;

import be.vierdepijler.core.shared.FieldViolation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The coordinator's part of a buddy as it is filled in: screening, training, how many duos, taking part or not. Raw
 * codes, so that every malformed one is reported at once ({@link #violations()}); whether a change is allowed from the
 * buddy's current state is {@link Buddy}'s rule.
 *
 * @param screening a code of {@link ScreeningStatus}
 * @param training  a code of {@link TrainingStatus}
 * @param trainedOn the day of the training (ISO date); only with {@code trained}, today when absent
 * @param capacity  how many duos the buddy takes at once, {@value Buddy#MIN_CAPACITY}–{@value Buddy#MAX_CAPACITY}
 * @param status    a code of {@link BuddyStatus}
 */
public record BuddySettings(String screening, String training, String trainedOn, Integer capacity, String status) {

    /** What a newcomer to the scheme starts with: awaiting screening, not trained, one duo, active. */
    public static BuddySettings initial(Integer capacity) {
        return new BuddySettings(ScreeningStatus.REGISTERED.code(), TrainingStatus.NOT_TRAINED.code(), null,
                capacity == null ? 1 : capacity, BuddyStatus.ACTIVE.code());
    }

    /** The malformed or missing values; empty when each can be read. */
    public List<FieldViolation> violations() {
        List<FieldViolation> v = new ArrayList<>();
        if (screeningStatus().isEmpty()) {
            v.add(new FieldViolation("screening", screening == null ? "required" : "unknown-screening",
                    "Kies de screening: " + String.join(", ", ScreeningStatus.codes()) + "."));
        }
        if (trainingStatus().isEmpty()) {
            v.add(new FieldViolation("training", training == null ? "required" : "unknown-training",
                    "Kies de vorming: " + String.join(", ", TrainingStatus.codes()) + "."));
        }
        if (trainedOn != null && !trainedOn.isBlank() && trainedOnDate().isEmpty()) {
            v.add(new FieldViolation("trainedOn", "not-a-date", "Geef een datum als JJJJ-MM-DD."));
        }
        if (capacity == null) {
            v.add(new FieldViolation("capacity", "required", "Geef hoeveel duo's de buddy tegelijk kan opnemen ("
                    + Buddy.MIN_CAPACITY + " tot " + Buddy.MAX_CAPACITY + ")."));
        }
        if (buddyStatus().isEmpty()) {
            v.add(new FieldViolation("status", status == null ? "required" : "unknown-status",
                    "Kies de status: " + String.join(", ", BuddyStatus.codes()) + "."));
        }
        return v;
    }

    public Optional<ScreeningStatus> screeningStatus() {
        return ScreeningStatus.byCode(screening);
    }

    public Optional<TrainingStatus> trainingStatus() {
        return TrainingStatus.byCode(training);
    }

    public Optional<BuddyStatus> buddyStatus() {
        return BuddyStatus.byCode(status);
    }

    public Optional<LocalDate> trainedOnDate() {
        if (trainedOn == null || trainedOn.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(trainedOn.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
