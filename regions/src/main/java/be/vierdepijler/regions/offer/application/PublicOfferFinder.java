package be.vierdepijler.regions.offer.application;

import be.vierdepijler.core.port.PlaceDirectory;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.spi.TrajectoryType;
import be.vierdepijler.core.spi.TrajectoryTypeRegistry;
import be.vierdepijler.regions.offer.domain.OfferListing;
import be.vierdepijler.regions.offer.domain.PublicOfferFilter;
import be.vierdepijler.regions.offer.domain.PublicOffers;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The public offer finder, without an account: only the offers that are published, open today, approved for the
 * finder and of an organisation that agreed to be listed publicly. What it answers is the offer as the organisation
 * wrote it; the caller (the web layer) leaves out every personal field.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PublicOfferFinder {

    @Inject
    PublicOffers offers;

    @Inject
    PlaceDirectory places;

    @Inject
    TrajectoryTypeRegistry types;

    @Inject
    Clock clock;

    /** @throws InvalidInputException naming a municipality, "near" municipality, type or category that does not exist */
    public Page<OfferListing> find(PublicOfferFilter filter, PageRequest page) {
        List<FieldViolation> v = new ArrayList<>();
        if (filter.municipalityNis() != null && places.networkOfMunicipality(filter.municipalityNis()).isEmpty()) {
            v.add(new FieldViolation("municipality", "unknown-municipality",
                    "Er bestaat geen gemeente met NIS-code '" + filter.municipalityNis() + "'."));
        }
        if (filter.nearNis() != null && places.networkOfMunicipality(filter.nearNis()).isEmpty()) {
            v.add(new FieldViolation("near", "unknown-municipality",
                    "Er bestaat geen gemeente met NIS-code '" + filter.nearNis() + "'."));
        }
        Optional<TrajectoryType> type = Optional.empty();
        if (filter.trajectoryTypeId() != null) {
            type = types.find(filter.trajectoryTypeId());
            if (type.isEmpty()) {
                v.add(new FieldViolation("type", "unknown-trajectory-type",
                        "Onbekend soort activiteit '" + filter.trajectoryTypeId() + "'."));
            }
        }
        if (filter.reportingCategory() != null && (type.isPresent() ? type.stream() : types.all().stream())
                .noneMatch(t -> t.reportingCategories().stream()
                        .anyMatch(c -> c.id().equals(filter.reportingCategory())))) {
            v.add(new FieldViolation("category", "unknown-category",
                    "Onbekende categorie '" + filter.reportingCategory() + "'."));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return offers.find(filter, page);
    }

    /** @throws NotFoundException when there is no such offer or it is not public */
    public OfferListing get(long id) {
        return offers.find(id, today()).orElseThrow(() -> new NotFoundException("aanbod", String.valueOf(id)));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
