package be.vierdepijler.regions.funding.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the funding reports read: the projects of one call with everything a report shows of them, in few queries. */
public interface FundingReportRepository {

    /**
     * One project as the reports see it.
     *
     * @param lead             the lead organisation's name, or the named body that is not a partner organisation
     * @param endDate          the current end date (after extensions)
     * @param firstEndDate     the end date before the first extension (the current one when never extended)
     * @param extensions       how many times it was extended
     * @param extraAmount      the extensions' extra amounts together (0 when none)
     * @param typeIds          the trajectory types chosen
     * @param commitments      the amounts committed per budget year
     */
    record ProjectFacts(long id, String name, String lead, String involvedGovernments, String networkId,
                        ProjectStatus status, BigDecimal awardedAmount, boolean toBeDetermined,
                        BigDecimal awardMaximum, String description, String expectedResult, LocalDate startDate,
                        LocalDate endDate, LocalDate firstEndDate, int extensions, BigDecimal extraAmount,
                        Set<String> typeIds, Map<Integer, BigDecimal> commitments) {
    }

    /**
     * The projects of a call, by name.
     *
     * @param withinNetworks only the projects of these networks (a network project, or one of its municipalities in
     *                       them); null for all
     */
    List<ProjectFacts> projectsOfCall(long callId, Set<String> withinNetworks);

    /** What the awarded projects of one network brought in from one funder. */
    record NetworkAward(String networkId, String funder, BigDecimal amount) {
    }

    /** A saved regional allocation, by id and name. */
    record AllocationRef(long id, String name) {
    }

    /**
     * The awards (fixed amount and extensions) of the awarded projects, per network and funder by the call's shares. A
     * project counts in its network, or in the networks of its municipalities, split evenly when they lie in several.
     *
     * @param callId only this call's projects; null for all calls
     */
    List<NetworkAward> awardsPerNetwork(Long callId);

    /** The allocation with this id, or the newest one when id is null. */
    Optional<AllocationRef> allocation(Long id);

    /** The final amount of each network in a saved allocation. */
    Map<String, BigDecimal> allocated(long allocationId);
}
