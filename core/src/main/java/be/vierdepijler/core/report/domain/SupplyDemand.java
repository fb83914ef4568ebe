package be.vierdepijler.core.report.domain;

import be.vierdepijler.core.port.FreePlaces;
import be.vierdepijler.core.spi.DutchLevel;
import be.vierdepijler.core.spi.PlacedWith;
import be.vierdepijler.core.spi.TrajectoryType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Demand against offer in one network (or one municipality of it), per municipality and trajectory type: what a
 * coordinator reads to decide which offer to open up next. Counts only, never a person.
 *
 * <ul>
 *   <li><b>Demand</b> of a type in a municipality: the newcomers waiting there (see {@link DemandRepository}) whom the
 *       type suits — their level of Dutch reaches the type's {@code suitability().minimumDutchLevel()}, the rule the
 *       placements apply ({@link be.vierdepijler.core.spi.Suitability#suits}). A newcomer suited to several types is
 *       demand for each of them, so the demand of a municipality (the sum of its rows) may exceed the newcomers who
 *       wait there ({@code waiting}, each counted once).</li>
 *   <li><b>Supply</b>: for a type placed in an offer, the free places of its open offers in that municipality; for a
 *       type placed with a buddy ({@link PlacedWith}), the free duos of the available buddies who live there.</li>
 *   <li><b>Gap</b>: demand − supply, negative when there is more offer than demand; every total is the sum of its
 *       rows.</li>
 * </ul>
 *
 * @param networkId       the network
 * @param municipalityNis the one municipality counted (a local officer's); null for the whole network
 * @param day             the day offers must be open on
 * @param types           per trajectory type, in the registry's order
 * @param municipalities  per municipality, in the order given (by name)
 * @param rows            per municipality and type: municipalities in their order, types in theirs
 * @param total           the network's (or the municipality's) rows summed
 * @param waiting         the newcomers waiting, each counted once
 */
public record SupplyDemand(String networkId, String municipalityNis, LocalDate day, List<TypeBalance> types,
                           List<MunicipalityBalance> municipalities, List<Row> rows, Balance total, long waiting) {

    public SupplyDemand {
        types = List.copyOf(types);
        municipalities = List.copyOf(municipalities);
        rows = List.copyOf(rows);
    }

    /** Demand beside supply; the gap is what demand exceeds supply by (negative: offer left over). */
    public record Balance(long demand, long supply) {

        public static final Balance ZERO = new Balance(0, 0);

        public long gap() {
            return demand - supply;
        }

        public boolean demandExceedsSupply() {
            return demand > supply;
        }

        public Balance plus(Balance other) {
            return new Balance(demand + other.demand, supply + other.supply);
        }
    }

    /** One municipality and one trajectory type. */
    public record Row(String municipalityNis, String typeId, PlacedWith placedWith, Balance balance) {
    }

    /** One trajectory type over the municipalities counted. */
    public record TypeBalance(String typeId, PlacedWith placedWith, DutchLevel minimumDutchLevel, Balance balance) {
    }

    /**
     * One municipality over every type, with who waits there.
     *
     * @param name              the municipality's name (its NIS code when unknown)
     * @param waiting           the newcomers waiting, each once
     * @param byDutchLevel      of those, per level of Dutch (every level, in the scale's order)
     * @param dutchLevelUnknown of those, the ones whose level nobody assessed yet
     * @param byInterest        per interest code, most newcomers first (a newcomer counts under each of their
     *                          interests; interests nobody named are absent)
     */
    public record MunicipalityBalance(String municipalityNis, String name, long waiting, Map<DutchLevel, Long> byDutchLevel,
                                      long dutchLevelUnknown, Map<String, Long> byInterest, Balance balance) {

        public MunicipalityBalance {
            byDutchLevel = Collections.unmodifiableMap(new EnumMap<>(byDutchLevel));
            byInterest = Collections.unmodifiableMap(new LinkedHashMap<>(byInterest));
        }
    }

    /**
     * Puts the grouped counts side by side. Counts of a municipality that is not in {@code municipalities} (none in
     * a consistent database) are kept, after the others in NIS order, rather than silently dropped.
     *
     * @param types          the deployed trajectory types, in the order to report them
     * @param municipalities the municipalities to report, NIS code to name, in the order to report them
     * @param waiting        newcomers waiting per municipality and level of Dutch
     * @param interests      newcomers waiting per municipality and interest
     * @param offers         open offers' free places per municipality and type
     * @param freeDuos       the free duos of available buddies per municipality
     */
    public static SupplyDemand of(String networkId, String municipalityNis, LocalDate day,
                                  List<TrajectoryType> types, Map<String, String> municipalities,
                                  List<WaitingCount> waiting, List<InterestCount> interests,
                                  List<FreePlaces> offers, Map<String, Long> freeDuos) {
        Set<String> order = new LinkedHashSet<>(municipalities.keySet());
        Set<String> extra = new TreeSet<>();
        waiting.forEach(w -> extra.add(w.municipalityNis()));
        interests.forEach(i -> extra.add(i.municipalityNis()));
        offers.forEach(o -> extra.add(o.municipalityNis()));
        freeDuos.forEach((nis, duos) -> {
            if (duos > 0) {
                extra.add(nis);
            }
        });
        extra.removeAll(order);
        order.addAll(extra);

        Map<String, Map<DutchLevel, Long>> levels = new HashMap<>();
        Map<String, Long> unknown = new HashMap<>();
        for (WaitingCount w : waiting) {
            if (w.dutchLevel() == null) {
                unknown.merge(w.municipalityNis(), w.newcomers(), Long::sum);
            } else {
                levels.computeIfAbsent(w.municipalityNis(), k -> new EnumMap<>(DutchLevel.class))
                        .merge(w.dutchLevel(), w.newcomers(), Long::sum);
            }
        }
        Map<String, Map<String, Long>> interestCounts = new HashMap<>();
        interests.forEach(i -> interestCounts.computeIfAbsent(i.municipalityNis(), k -> new HashMap<>())
                .merge(i.interest(), i.newcomers(), Long::sum));
        Map<String, Map<String, Long>> places = new HashMap<>();
        offers.forEach(o -> places.computeIfAbsent(o.municipalityNis(), k -> new HashMap<>())
                .merge(o.typeId(), o.freePlaces(), Long::sum));

        List<Row> rows = new ArrayList<>();
        List<MunicipalityBalance> perMunicipality = new ArrayList<>();
        Map<String, Balance> perType = new LinkedHashMap<>();
        types.forEach(t -> perType.put(t.id(), Balance.ZERO));
        long waitingTotal = 0;
        for (String nis : order) {
            Map<DutchLevel, Long> byLevel = new EnumMap<>(DutchLevel.class);
            for (DutchLevel level : DutchLevel.values()) {
                byLevel.put(level, levels.getOrDefault(nis, Map.of()).getOrDefault(level, 0L));
            }
            long levelUnknown = unknown.getOrDefault(nis, 0L);
            long waitingHere = byLevel.values().stream().mapToLong(Long::longValue).sum() + levelUnknown;
            waitingTotal += waitingHere;
            Balance municipalityBalance = Balance.ZERO;
            for (TrajectoryType type : types) {
                PlacedWith placedWith = type.placedWith();
                long demand = byLevel.entrySet().stream().filter(e -> type.suitability().suits(e.getKey()))
                        .mapToLong(Map.Entry::getValue).sum()
                        + (type.suitability().suits(null) ? levelUnknown : 0);
                long supply = placedWith == PlacedWith.BUDDY ? freeDuos.getOrDefault(nis, 0L)
                        : places.getOrDefault(nis, Map.of()).getOrDefault(type.id(), 0L);
                Balance balance = new Balance(demand, supply);
                rows.add(new Row(nis, type.id(), placedWith, balance));
                municipalityBalance = municipalityBalance.plus(balance);
                perType.merge(type.id(), balance, Balance::plus);
            }
            Map<String, Long> byInterest = new LinkedHashMap<>();
            interestCounts.getOrDefault(nis, Map.of()).entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> byInterest.put(e.getKey(), e.getValue()));
            perMunicipality.add(new MunicipalityBalance(nis, municipalities.getOrDefault(nis, nis), waitingHere, byLevel, levelUnknown, byInterest,
                    municipalityBalance));
        }
        List<TypeBalance> typeBalances = types.stream().map(t -> new TypeBalance(t.id(), t.placedWith(),
                t.suitability().minimumDutchLevel(), perType.get(t.id()))).toList();
        Balance total = typeBalances.stream().map(TypeBalance::balance).reduce(Balance.ZERO, Balance::plus);
        return new SupplyDemand(networkId, municipalityNis, day, typeBalances, perMunicipality, rows, total,
                waitingTotal);
    }
}
