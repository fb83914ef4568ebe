package be.vierdepijler.web.api.confirmation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a contact person sees through a confirmation link: the newcomer's first name, the offer, and the days and hours
 * still to decide — never a note the counsellor wrote. Nothing more. {@code nothingLeft} when every entry the link
 * covered was decided meanwhile.
 */
public record ConfirmationDto(String newcomerFirstName, String offerTitle, String contactName, Instant expiresAt,
                              List<Item> entries, BigDecimal totalHours, boolean nothingLeft) {

    /** One day's hours to confirm. */
    public record Item(long id, LocalDate date, BigDecimal hours) {
    }
}
