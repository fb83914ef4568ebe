package be.vierdepijler.web.api.allocation;

import be.vierdepijler.regions.allocation.domain.AllocatedCriterion;
import be.vierdepijler.regions.allocation.domain.AllocatedNetwork;
import be.vierdepijler.regions.allocation.domain.AllocatedValue;
import be.vierdepijler.regions.allocation.domain.Allocation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An allocation with its whole calculation: {@code id} is null for a preview. Per network: each criterion's value
 * and fraction, the weighted share, the raw amount, whether (and in which round) the cap applied, what the cap moved,
 * the amount before rounding, rounded down, the remainder in cents, its rank, the cents added and the final amount.
 */
public record AllocationDto(Long id, String name, String callReference, BigDecimal amount, BigDecimal cap,
                            LocalDate referenceDate, Instant createdAt, String createdBy, int capRounds,
                            List<CriterionDto> criteria, List<NetworkDto> networks, TotalsDto totals,
                            String tieOrder) {

    /** How the cents left after rounding down are handed out (see AllocationCalculator). */
    static final String TIE_ORDER = "largest-remainder, then larger-share, then network-id";

    /** A criterion with its weight as given and normalised, the year of its figures and its total. */
    public record CriterionDto(String criterion, String label, BigDecimal weight, BigDecimal normalisedWeight,
                               Integer year, long total) {
    }

    /** One network's value of one criterion and its fraction of the total (null when the total is 0). */
    public record ValueDto(String criterion, long value, BigDecimal fraction) {
    }

    /** One network's part. */
    public record NetworkDto(String networkId, String networkName, List<ValueDto> values, BigDecimal share,
                             BigDecimal rawAmount, boolean capped, int cappedInRound, BigDecimal redistributed,
                             BigDecimal beforeRounding, BigDecimal floored, BigDecimal remainderCents,
                             int roundingRank, int centsAdded, BigDecimal finalAmount) {
    }

    /** The columns' totals: the final amounts add up to the amount exactly. */
    public record TotalsDto(BigDecimal rawAmount, BigDecimal redistributed, BigDecimal beforeRounding,
                            BigDecimal floored, int centsAdded, BigDecimal finalAmount, int cappedNetworks) {
    }

    static AllocationDto of(Allocation a) {
        List<CriterionDto> criteria = a.criteria().stream().map(AllocationDto::criterion).toList();
        List<NetworkDto> networks = a.networks().stream().map(n -> network(a, n)).toList();
        TotalsDto totals = new TotalsDto(sum(networks, NetworkDto::rawAmount), sum(networks,
                NetworkDto::redistributed), sum(networks, NetworkDto::beforeRounding),
                sum(networks, NetworkDto::floored), networks.stream().mapToInt(NetworkDto::centsAdded).sum(),
                a.finalTotal(), (int) networks.stream().filter(NetworkDto::capped).count());
        return new AllocationDto(a.id(), a.name(), a.callReference(), a.amount(), a.cap(), a.referenceDate(),
                a.createdAt(), a.createdBy(), a.rounds(), criteria, networks, totals, TIE_ORDER);
    }

    private static CriterionDto criterion(AllocatedCriterion c) {
        return new CriterionDto(c.criterion(), c.label(), plain(c.weight()), c.normalisedWeight(),
                c.year(), c.total());
    }

    private static NetworkDto network(Allocation a, AllocatedNetwork n) {
        List<ValueDto> values = a.values(n.networkId()).stream()
                .map((AllocatedValue v) -> new ValueDto(v.criterion(), v.value(), v.fraction())).toList();
        return new NetworkDto(n.networkId(), n.networkName(), values, n.share(), n.rawAmount(), n.capped(),
                n.cappedInRound(), n.redistributed(), n.beforeRounding(), n.floored(), n.remainderCents(),
                n.roundingRank(), n.centsAdded(), n.finalAmount());
    }

    /** Without trailing zeros, never in exponent notation: 10, 0.5. */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal sum(List<NetworkDto> networks, java.util.function.Function<NetworkDto, BigDecimal> f) {
        return networks.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
