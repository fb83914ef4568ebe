package be.vierdepijler.regions.funding.domain;

import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/** The funding calls; lists filtered, counted and paged in the database. */
public interface FundingCallRepository {

    Set<String> SORTABLE = Set.of("reference", "name", "startFrom");

    Page<FundingCall> find(FundingCallFilter filter, PageRequest page);

    Optional<FundingCall> byId(long id);

    Optional<FundingCall> byReference(String reference);

    /** The call, locked against concurrent awards until the transaction ends (the budget rule counts them). */
    Optional<FundingCall> byIdForAward(long id);

    FundingCall add(FundingCall call);

    /** The sum of the fixed awards of the call's awarded projects, leaving out one project (null: none). */
    BigDecimal fixedAwards(long callId, Long exceptProjectId);

    /**
     * The sum of the fixed awards of the call's awarded projects whose folded names are not among {@code names} (the
     * projects an import file is about to bring in or change).
     */
    BigDecimal fixedAwardsExcept(long callId, Set<String> foldedNames);

    /** The largest fixed award of the call's awarded projects, or null when there is none. */
    BigDecimal largestFixedAward(long callId);
}
