package be.vierdepijler.web.api.offer;

import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /offers} and {@code PUT /offers/{id}}. Dates as {@code 2026-03-31}; {@code status} defaults
 * to {@code draft} on POST and is required on PUT. {@code weekdays} ({@code mon}..{@code sun}) and {@code summaries}
 * (short descriptions per language: nl, en, fr, ar, uk, tr, fa; at most 300 characters each) stay as they are when
 * left out.
 */
public record OfferInput(Long organisationId, String trajectoryTypeId, String reportingCategory, String title,
                         String description, String municipalityNis, String address, String requiredLevel,
                         Integer capacity, String schedule, List<String> languages, String activeFrom,
                         String activeUntil, String status, OfferDto.ContactDto contact,
                         List<String> weekdays, Map<String, String> summaries) {
}
