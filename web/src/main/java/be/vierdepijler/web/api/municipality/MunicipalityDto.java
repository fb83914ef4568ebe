package be.vierdepijler.web.api.municipality;

import be.vierdepijler.regions.municipality.domain.Membership;
import be.vierdepijler.regions.municipality.domain.Municipality;
import be.vierdepijler.regions.municipality.domain.MunicipalityListing;
import java.time.LocalDate;

/**
 * A municipality as the API shows it.
 *
 * @param nisCode        the NIS code, e.g. {@code 44021}
 * @param name           the name
 * @param region         {@code vlaanderen} or {@code brussel}
 * @param province       the province's code ({@code oost-vlaanderen}); null in Brussels
 * @param provinceName   the province's name
 * @param referenceRegionCode the reference region ({@code REFREG13}); null in Brussels
 * @param referenceRegionName its name
 * @param network        the network it lies in
 * @param membership     whether and when it takes part in that network
 * @param version        the version, also sent as ETag
 */
public record MunicipalityDto(String nisCode, String name, String region, String province, String provinceName,
                              String referenceRegionCode, String referenceRegionName, NetworkRef network,
                              MembershipDto membership, long version) {

    /** @param id the network's id @param name its name */
    public record NetworkRef(String id, String name) {
    }

    /**
     * @param participatingFrom  first day of taking part, or null
     * @param participatingUntil last day, or null when open-ended
     * @param participating      whether it takes part on the day asked
     */
    public record MembershipDto(LocalDate participatingFrom, LocalDate participatingUntil, boolean participating) {
    }

    static MunicipalityDto of(MunicipalityListing listing, LocalDate today) {
        Municipality m = listing.municipality();
        Membership ms = m.membership();
        return new MunicipalityDto(m.nisCode(), m.name(), m.region().code(),
                m.province() == null ? null : m.province().code(),
                m.province() == null ? null : m.province().label(),
                m.referenceRegionCode(), m.referenceRegionName(),
                new NetworkRef(m.networkId(), listing.networkName()),
                new MembershipDto(ms.participatingFrom(), ms.participatingUntil(), ms.isParticipatingOn(today)),
                m.version());
    }
}
