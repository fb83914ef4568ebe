package be.vierdepijler.web.api.funding;

import be.vierdepijler.regions.funding.domain.FunderShare;
import be.vierdepijler.regions.funding.domain.FundingCall;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A funding call as the API shows it. */
public record FundingCallDto(long id, String reference, String name, String kind, String kindName,
                             List<FunderDto> funders, BigDecimal totalBudget, BigDecimal maxPerProject,
                             BigDecimal minOwnFinancingPercent, String eligibleApplicants, LocalDate startFrom,
                             LocalDate startUntil, Integer durationMonths, String description, long version) {

    /** One funder and its share in %. */
    public record FunderDto(String funder, BigDecimal sharePercent) {

        static FunderDto of(FunderShare f) {
            return new FunderDto(f.funder(), f.sharePercent());
        }
    }

    static FundingCallDto of(FundingCall c) {
        return new FundingCallDto(c.id(), c.reference(), c.name(), c.kind().code(), c.kind().label(),
                c.funders().stream().map(FunderDto::of).toList(), c.totalBudget(), c.maxPerProject(),
                c.minOwnFinancingPercent(), c.eligibleApplicants(), c.startFrom(), c.startUntil(), c.durationMonths(),
                c.description(), c.version());
    }
}
