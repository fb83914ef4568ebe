package be.vierdepijler.web.api.participation;

import be.vierdepijler.core.participation.domain.ParticipationRequest;
import be.vierdepijler.core.port.MunicipalityPlace;
import be.vierdepijler.core.port.PlaceableOffer;
import java.time.Instant;

/** One request as the counsellors see it. */
public record ParticipationRequestDto(long id, String reference, String firstName, String municipalityNis,
                                      String municipalityName, String networkId, String networkName, String phone,
                                      String email, Long offerId, String offerTitle, String organisationName,
                                      String language, Instant consentAt, boolean shareWithOrganisation,
                                      String status, Long newcomerId, String handledBy, Instant handledAt,
                                      String declineReason, Instant createdAt, long version) {

    static ParticipationRequestDto of(ParticipationRequest r, MunicipalityPlace place, PlaceableOffer offer) {
        return new ParticipationRequestDto(r.id(), r.reference(), r.firstName(), r.municipalityNis(),
                place == null ? null : place.name(), r.networkId(), place == null ? null : place.networkName(),
                r.phone(), r.email(), r.offerId(), offer == null ? null : offer.title(),
                offer == null ? null : offer.organisationName(), r.language(), r.consentAt(),
                r.shareWithOrganisation(), r.status().code(), r.newcomerId(), r.handledBy(), r.handledAt(),
                r.declineReason(), r.createdAt(), r.version());
    }
}
