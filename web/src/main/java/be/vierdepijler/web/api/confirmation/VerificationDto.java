package be.vierdepijler.web.api.confirmation;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Whether a certificate code is valid; for a valid one the completion date and hours, never a name. */
public record VerificationDto(boolean valid, LocalDate completedOn, BigDecimal hours) {
}
