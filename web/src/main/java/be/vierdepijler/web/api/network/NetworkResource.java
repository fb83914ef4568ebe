package be.vierdepijler.web.api.network;

import be.vierdepijler.web.api.table.DownloadFormat;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.regions.network.application.NetworkDirectory;
import be.vierdepijler.regions.network.domain.NetworkRepository;
import be.vierdepijler.web.api.PageDto;
import be.vierdepijler.web.api.QueryParameters;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The 18 regional organisation networks. */
@Path("networks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Netwerken", description = "De 18 regionale organisatienetwerken")
public class NetworkResource {

    @Inject
    NetworkDirectory networks;

    @Produces({MediaType.APPLICATION_JSON, DownloadFormat.CSV_TYPE, DownloadFormat.XLSX_TYPE})
    @GET
    @Operation(summary = "De netwerken, met het aantal gemeenten en het aantal dat vandaag deelneemt")
    public PageDto<NetworkDto> list(@QueryParam("page") String page, @QueryParam("size") String size,
                                    @QueryParam("sort") String sort) {
        PageRequest request = QueryParameters.pageRequest(page, size, sort, NetworkRepository.SORTABLE, "name");
        return PageDto.of(networks.find(request), NetworkDto::of);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén netwerk")
    public NetworkDto get(@PathParam("id") String id) {
        return NetworkDto.of(networks.get(id));
    }
}
