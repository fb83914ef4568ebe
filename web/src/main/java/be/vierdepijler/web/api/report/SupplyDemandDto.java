package be.vierdepijler.web.api.report;

import be.vierdepijler.core.report.domain.SupplyDemand;
import be.vierdepijler.core.spi.TrajectoryType;
import be.vierdepijler.core.spi.TrajectoryTypeRegistry;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Demand against offer in one network (or a local officer's municipality of it): counts only, never a person.
 *
 * @param networkId       the network
 * @param networkName     its name
 * @param municipalityNis the municipality the figures are narrowed to (a local officer's); null otherwise
 * @param date            the day the offers must be open on (today in Belgium)
 * @param types           per trajectory type, as the registry lists them
 * @param municipalities  per municipality, by name, with who waits there
 * @param rows            per municipality and type
 * @param total           the rows summed
 */
public record SupplyDemandDto(String networkId, String networkName, String municipalityNis, String date,
                              List<Type> types, List<Municipality> municipalities, List<Row> rows, Total total) {

    /**
     * One trajectory type over the municipalities.
     *
     * @param placedWith        {@code offer} (supply: free places of open offers) or {@code buddy} (supply: free
     *                          duos of available buddies)
     * @param minimumDutchLevel the least Dutch a newcomer needs to count as demand for it
     */
    public record Type(String typeId, String label, String placedWith, String minimumDutchLevel, long demand,
                       long supply, long gap, boolean demandExceedsSupply) {
    }

    /**
     * One municipality over every type.
     *
     * @param waiting           the newcomers waiting there, each once
     * @param byDutchLevel      of those, per level of Dutch (A0–C2, every level)
     * @param dutchLevelUnknown of those, whose level nobody assessed yet
     * @param byInterest        per interest they named, most first (a newcomer counts under each of theirs)
     * @param demand            the sum of its rows (a newcomer suited to several types counts in each)
     */
    public record Municipality(String municipalityNis, String name, long waiting, List<LevelCount> byDutchLevel,
                               long dutchLevelUnknown, List<InterestCount> byInterest, long demand, long supply,
                               long gap, boolean demandExceedsSupply) {
    }

    public record LevelCount(String level, long newcomers) {
    }

    /** @param interest an interest code, as newcomers and buddies have them */
    public record InterestCount(String interest, long newcomers) {
    }

    /** One municipality and one type: demand, supply, demand − supply, and whether demand exceeds supply. */
    public record Row(String municipalityNis, String municipalityName, String typeId, String typeLabel,
                      String placedWith, long demand, long supply, long gap, boolean demandExceedsSupply) {
    }

    /** @param waiting the newcomers waiting, each once */
    public record Total(long waiting, long demand, long supply, long gap, boolean demandExceedsSupply) {
    }

    static SupplyDemandDto of(SupplyDemand report, String networkName, TrajectoryTypeRegistry registry,
                              Locale locale) {
        Function<String, String> typeLabel = id -> registry.find(id).map(TrajectoryType::label)
                .map(l -> l.in(locale)).orElse(id);
        Map<String, String> names = report.municipalities().stream().collect(Collectors.toMap(
                SupplyDemand.MunicipalityBalance::municipalityNis, SupplyDemand.MunicipalityBalance::name));
        List<Type> types = report.types().stream().map(t -> new Type(t.typeId(), typeLabel.apply(t.typeId()),
                t.placedWith().code(), t.minimumDutchLevel().name(), t.balance().demand(),
                t.balance().supply(), t.balance().gap(), t.balance().demandExceedsSupply())).toList();
        List<Municipality> municipalities = report.municipalities().stream().map(m -> new Municipality(
                m.municipalityNis(), m.name(), m.waiting(),
                m.byDutchLevel().entrySet().stream().map(e -> new LevelCount(e.getKey().name(), e.getValue()))
                        .toList(),
                m.dutchLevelUnknown(),
                m.byInterest().entrySet().stream().map(e -> new InterestCount(e.getKey(), e.getValue())).toList(),
                m.balance().demand(), m.balance().supply(), m.balance().gap(), m.balance().demandExceedsSupply()))
                .toList();
        List<Row> rows = report.rows().stream().map(r -> new Row(r.municipalityNis(), names.get(r.municipalityNis()),
                r.typeId(), typeLabel.apply(r.typeId()), r.placedWith().code(), r.balance().demand(),
                r.balance().supply(), r.balance().gap(), r.balance().demandExceedsSupply())).toList();
        SupplyDemand.Balance total = report.total();
        return new SupplyDemandDto(report.networkId(), networkName, report.municipalityNis(), report.day().toString(),
                types, municipalities, rows, new Total(report.waiting(), total.demand(), total.supply(), total.gap(),
                total.demandExceedsSupply()));
    }
}
