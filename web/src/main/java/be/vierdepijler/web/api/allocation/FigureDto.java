package be.vierdepijler.web.api.allocation;

import be.vierdepijler.regions.allocation.domain.FigureListing;
import be.vierdepijler.regions.allocation.domain.MunicipalityFigure;
import java.time.Instant;

/** A municipality figure as the API shows it. */
public record FigureDto(String nisCode, String municipalityName, String networkId, String kind, String kindName,
                        int year, long value, String source, Instant importedAt) {

    static FigureDto of(FigureListing listing) {
        MunicipalityFigure f = listing.figure();
        return new FigureDto(f.nisCode(), listing.municipalityName(), listing.networkId(), f.kind().code(),
                f.kind().label(), f.year(), f.value(), f.source(), f.importedAt());
    }
}
