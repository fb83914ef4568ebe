package be.vierdepijler.web.api.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a newcomer's progress link shows (contract 3 of issue 17), and nothing more personal: the first name, the
 * page's language, the trajectory's status code, its target, the confirmed and pending hours and what remains towards
 * the target, and per activity its title (an offer's title, or the type's label for a buddy), type and category
 * labels, confirmed and pending hours and the last day with hours (null when none); until when the link works.
 */
public record ProgressDto(String firstName, String language, String status, BigDecimal targetHours,
                          BigDecimal confirmedHours, BigDecimal pendingHours, BigDecimal remainingHours,
                          List<Activity> activities, Instant expiresAt) {

    /** One activity (placement) of the trajectory. */
    public record Activity(String title, String typeLabel, String categoryLabel, BigDecimal confirmedHours,
                           BigDecimal pendingHours, LocalDate lastDay) {
    }
}
