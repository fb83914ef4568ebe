package be.vierdepijler.regions.funding.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.access.Role;
import be.vierdepijler.core.port.PlaceDirectory;
import be.vierdepijler.core.report.application.PeriodReports;
import be.vierdepijler.core.report.application.ReportSettings;
import be.vierdepijler.core.report.application.TrajectoryReports;
import be.vierdepijler.core.report.domain.PeriodReportRepository;
import be.vierdepijler.core.report.domain.PeriodReportRepository.MonthFigure;
import be.vierdepijler.core.report.domain.PeriodReportRepository.NetworkCount;
import be.vierdepijler.core.report.domain.ReportScope;
import be.vierdepijler.core.report.domain.SmallCounts;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.shared.table.Column;
import be.vierdepijler.core.shared.table.Report;
import be.vierdepijler.core.shared.table.Table;
import be.vierdepijler.regions.funding.domain.FundingCall;
import be.vierdepijler.regions.funding.domain.FundingCallRepository;
import be.vierdepijler.regions.funding.domain.FundingReportRepository;
import be.vierdepijler.regions.funding.domain.FundingReportRepository.AllocationRef;
import be.vierdepijler.regions.funding.domain.FundingReportRepository.NetworkAward;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What each euro produced, per network: the amount a regional allocation gave it, what the awarded projects brought in
 * per funder (by the call's shares), and what the network's trajectories produced in a period — completed trajectories
 * and confirmed hours — with the cost per completed trajectory and per confirmed hour (the awards divided by them).
 *
 * <p>A project counts in its network, or in the networks of its municipalities, split evenly when it lies in several;
 * a project with neither (e.g. a study by the OECD) funds no network and is left out. Who may read it is who may read
 * the projects (ADR 0014); the produced figures follow the dashboard's scope. For a viewer, small counts of completed
 * trajectories are suppressed, as in the other reports (ADR 0017).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NetworkFundingReport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String TOTAL = "Totaal";

    @Inject
    FundingReportRepository funding;

    @Inject
    FundingCallRepository calls;

    @Inject
    TrajectoryReports reports;

    @Inject
    PeriodReportRepository figures;

    @Inject
    PlaceDirectory places;

    @Inject
    ReportSettings settings;

    @Inject
    Clock clock;

    /**
     * @param networkId    one network, or null for every network the caller counts
     * @param callId       only the projects of this call; null for all calls
     * @param allocationId the saved allocation to show; null for the newest (none saved: the column stays empty)
     * @param from         first day of the period of the produced figures; null for the fourth pillar's start
     * @param to           last day; null for today
     */
    public Report report(Caller caller, String networkId, Long callId, Long allocationId, LocalDate from,
                         LocalDate to) {
        FundingAccess.mayRead(caller);
        ReportScope scope = reports.scope(caller, networkId);
        LocalDate start = from == null ? PeriodReports.FOURTH_PILLAR_START : from;
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "before-from", "Het einde van de periode ligt voor het begin.");
        }
        Optional<FundingCall> call = callId == null ? Optional.empty()
                : Optional.of(calls.byId(callId).orElseThrow(() -> new NotFoundException("oproep", callId.toString())));
        Optional<AllocationRef> allocation = funding.allocation(allocationId);
        if (allocationId != null && allocation.isEmpty()) {
            throw new NotFoundException("verdeling", allocationId.toString());
        }
        Map<String, BigDecimal> allocated = allocation.map(a -> funding.allocated(a.id())).orElse(Map.of());

        Map<String, String> networks = new LinkedHashMap<>();
        places.networkNames().forEach((id, name) -> {
            if (scope.networkIds() == null || scope.networkIds().contains(id)) {
                networks.put(id, name);
            }
        });
        Map<String, Map<String, BigDecimal>> awards = new HashMap<>();
        TreeSet<String> funders = new TreeSet<>();
        for (NetworkAward a : funding.awardsPerNetwork(callId)) {
            if (networks.containsKey(a.networkId())) {
                awards.computeIfAbsent(a.networkId(), k -> new HashMap<>()).merge(a.funder(), a.amount(),
                        BigDecimal::add);
                funders.add(a.funder());
            }
        }
        Map<String, Long> completed = new HashMap<>();
        for (NetworkCount c : figures.completed(scope, start, end)) {
            completed.merge(c.networkId(), c.count(), Long::sum);
        }
        Map<String, BigDecimal> hours = new HashMap<>();
        for (MonthFigure m : figures.confirmedHoursPerMonth(scope, start, end)) {
            hours.merge(m.networkId(), m.value(), BigDecimal::add);
        }

        List<Column> columns = new ArrayList<>();
        columns.add(Column.text("network", "Netwerk"));
        columns.add(Column.amount("allocated", "Toegewezen (verdeling)"));
        List<String> funderList = List.copyOf(funders);
        for (int i = 0; i < funderList.size(); i++) {
            columns.add(Column.amount("awarded_" + i, "Toegekend " + funderList.get(i)));
        }
        columns.add(Column.amount("awarded", "Toegekend totaal"));
        columns.add(Column.integer("completed", "Voltooide trajecten"));
        columns.add(Column.decimal("confirmedHours", "Bevestigde uren"));
        columns.add(Column.amount("costPerCompleted", "Kost per voltooid traject"));
        columns.add(Column.amount("costPerHour", "Kost per bevestigd uur"));

        List<List<Object>> rows = new ArrayList<>();
        BigDecimal allocatedTotal = BigDecimal.ZERO.setScale(2);
        BigDecimal[] funderTotals = new BigDecimal[funderList.size()];
        java.util.Arrays.fill(funderTotals, BigDecimal.ZERO.setScale(2));
        BigDecimal awardedTotal = BigDecimal.ZERO.setScale(2);
        long completedTotal = 0;
        BigDecimal hoursTotal = BigDecimal.ZERO.setScale(2);
        for (Map.Entry<String, String> network : networks.entrySet()) {
            String id = network.getKey();
            BigDecimal networkAllocated = allocation.isEmpty() ? null
                    : allocated.getOrDefault(id, BigDecimal.ZERO.setScale(2));
            List<Object> row = new ArrayList<>();
            row.add(network.getValue());
            row.add(networkAllocated);
            BigDecimal awarded = BigDecimal.ZERO.setScale(2);
            for (int i = 0; i < funderList.size(); i++) {
                BigDecimal part = awards.getOrDefault(id, Map.of()).getOrDefault(funderList.get(i), BigDecimal.ZERO)
                        .setScale(2, RoundingMode.HALF_UP);
                row.add(part);
                awarded = awarded.add(part);
                funderTotals[i] = funderTotals[i].add(part);
            }
            long done = completed.getOrDefault(id, 0L);
            BigDecimal confirmed = hours.getOrDefault(id, BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
            row.add(awarded);
            row.add(done);
            row.add(confirmed);
            row.add(per(awarded, BigDecimal.valueOf(done)));
            row.add(per(awarded, confirmed));
            rows.add(row);
            allocatedTotal = networkAllocated == null ? allocatedTotal : allocatedTotal.add(networkAllocated);
            awardedTotal = awardedTotal.add(awarded);
            completedTotal += done;
            hoursTotal = hoursTotal.add(confirmed);
        }
        List<Object> totals = new ArrayList<>();
        totals.add(TOTAL);
        totals.add(allocation.isEmpty() ? null : allocatedTotal);
        totals.addAll(List.of((Object[]) funderTotals));
        totals.add(awardedTotal);
        totals.add(completedTotal);
        totals.add(hoursTotal);
        totals.add(per(awardedTotal, BigDecimal.valueOf(completedTotal)));
        totals.add(per(awardedTotal, hoursTotal));
        Table table = new Table("networks", "Budget en resultaat per netwerk", columns, rows, totals);
        if (caller.role() == Role.VIEWER) {
            int completedColumn = columns.size() - 4;
            table = SmallCounts.suppress(table, List.of(SmallCounts.Group.alone(completedColumn)),
                    settings.minCount());
            table = withoutCostOfSuppressed(table, completedColumn);
        }

        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("Periode (voltooid, bevestigde uren)", DAY.format(start) + " – " + DAY.format(end));
        parameters.put("Oproep", call.map(c -> c.reference() + " — " + c.name()).orElse("alle oproepen"));
        parameters.put("Verdeling", allocation.map(AllocationRef::name).orElse("geen verdeling bewaard"));
        if (networkId != null) {
            parameters.put("Netwerk", networks.getOrDefault(networkId, networkId));
        }
        return Report.of("network-funding", "Budget per netwerk en wat het opleverde", parameters, table);
    }

    /** Where a count of completed trajectories is hidden, the cost per trajectory would give it away: hide it too. */
    private static Table withoutCostOfSuppressed(Table table, int completedColumn) {
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            List<Object> copy = new ArrayList<>(row);
            if (copy.get(completedColumn) == null) {
                copy.set(completedColumn + 2, null);
            }
            rows.add(copy);
        }
        List<Object> totals = table.totals() == null ? null : new ArrayList<>(table.totals());
        if (totals != null && totals.get(completedColumn) == null) {
            totals.set(completedColumn + 2, null);
        }
        return new Table(table.key(), table.title(), table.columns(), rows, totals);
    }

    private static BigDecimal per(BigDecimal amount, BigDecimal count) {
        return count.signum() == 0 ? null : amount.divide(count, 2, RoundingMode.HALF_UP);
    }
}
