package be.vierdepijler.web.api.municipality;

import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.regions.municipality.application.MunicipalityDirectory;
import be.vierdepijler.regions.municipality.domain.MunicipalityFilter;
import be.vierdepijler.regions.municipality.domain.MunicipalityListing;
import be.vierdepijler.web.security.PublicEndpoint;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The municipalities by name and NIS code for the public forms (a volunteer registering as a buddy says where they
 * live): public reference data, nothing more than the Statbel list. All 304 in one answer, which caches for a day.
 */
@Path("public/municipalities")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Publiek", description = "Zonder aanmelden")
public class PublicMunicipalityResource {

    @Inject
    MunicipalityDirectory municipalities;

    /** A municipality as a public form needs it. */
    public record PublicMunicipalityDto(String nisCode, String name, String networkName) {
    }

    @GET
    @PublicEndpoint
    @Operation(summary = "Alle gemeenten met naam, NIS-code en netwerk, op naam (zonder aanmelden)")
    public Response list() {
        List<PublicMunicipalityDto> all = new ArrayList<>();
        Page<MunicipalityListing> page;
        int number = 0;
        do {
            page = municipalities.find(MunicipalityFilter.all(),
                    new PageRequest(number++, PageRequest.MAX_SIZE, "name", false));
            page.items().forEach(l -> all.add(new PublicMunicipalityDto(l.municipality().nisCode(),
                    l.municipality().name(), l.networkName())));
        } while (number < page.totalPages());
        CacheControl cache = new CacheControl();
        cache.setMaxAge(24 * 60 * 60);
        return Response.ok(all).cacheControl(cache).build();
    }
}
