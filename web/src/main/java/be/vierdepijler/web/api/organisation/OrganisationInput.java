package be.vierdepijler.web.api.organisation;

import java.util.List;

/** The body of {@code POST /organisations} and {@code PUT /organisations/{id}}. */
public record OrganisationInput(String name, String kind, String municipalityNis, String address, String website,
                                String description, Boolean active, List<OrganisationDto.ContactDto> contacts) {
}
