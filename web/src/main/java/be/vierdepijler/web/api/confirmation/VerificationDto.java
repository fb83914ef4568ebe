package be.vierdepijler.web.api.confirmation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Whether a certificate code is valid; for a valid one the completion date, the hours and the seal (SHA-256) of the
 * certificate's record as it was made at completion, which the PDF prints too — never a name.
 */
public record VerificationDto(boolean valid, LocalDate completedOn, BigDecimal hours, String contentHash) {
}
