package be.vierdepijler.web.api.trajectory;

import be.vierdepijler.core.trajectory.domain.Placement;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A placement: in an offer ({@code offerId}, {@code organisationId}) or with a buddy ({@code buddyId}), its type and
 * reporting category, period, status (active, ended, cancelled) and the attributes its type's schema asks for.
 */
public record PlacementDto(long id, String typeId, String reportingCategory, Long offerId, Long buddyId,
                           Long organisationId, String title, LocalDate startDate, LocalDate endDate, String status,
                           JsonObject attributes, Instant createdAt, String createdBy) {

    public static PlacementDto of(Placement p) {
        JsonObject attributes;
        try (JsonReader reader = Json.createReader(new StringReader(p.attributesJson()))) {
            attributes = reader.readObject();
        }
        return new PlacementDto(p.id(), p.typeId(), p.reportingCategory(), p.offerId(), p.buddyId(),
                p.organisationId(), p.title(), p.startDate(), p.endDate(), p.status().code(), attributes,
                p.createdAt(), p.createdBy());
    }
}
