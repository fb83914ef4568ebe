package be.vierdepijler.core.report.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.access.Role;
import be.vierdepijler.core.newcomer.domain.IntegrationStatus;
import be.vierdepijler.core.port.MunicipalityPlace;
import be.vierdepijler.core.port.PlaceDirectory;
import be.vierdepijler.core.profile.domain.Interest;
import be.vierdepijler.core.profile.domain.Languages;
import be.vierdepijler.core.profile.domain.TimeSlot;
import be.vierdepijler.core.report.domain.PeriodReportRepository;
import be.vierdepijler.core.report.domain.PeriodReportRepository.BuddyCount;
import be.vierdepijler.core.report.domain.PeriodReportRepository.CategoryHours;
import be.vierdepijler.core.report.domain.PeriodReportRepository.CodeCount;
import be.vierdepijler.core.report.domain.PeriodReportRepository.MonthFigure;
import be.vierdepijler.core.report.domain.PeriodReportRepository.NetworkCount;
import be.vierdepijler.core.report.domain.ReportScope;
import be.vierdepijler.core.report.domain.Shares;
import be.vierdepijler.core.report.domain.SmallCounts;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.table.Column;
import be.vierdepijler.core.shared.table.Report;
import be.vierdepijler.core.shared.table.Table;
import be.vierdepijler.core.spi.TrajectoryTypeRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The reports parliament asks of the fourth pillar (vraag 173 of 2025, vraag 154 of 2023; docs/reports.md), each as a
 * {@link Report} that the web module answers as JSON, CSV and XLSX alike:
 * <ul>
 *   <li>{@link #completions}: trajectories completed in a period per network, obliged / entitled, and those running;</li>
 *   <li>{@link #hoursByCategory}: confirmed hours per reporting category with their share in percent;</li>
 *   <li>{@link #trends}: completions and confirmed hours per network and month, the last months;</li>
 *   <li>{@link #buddies}: buddies per province and per network with their profile.</li>
 * </ul>
 * Who counts what is decided as for the dashboard ({@link TrajectoryReports#scope}); every figure is grouped in the
 * database ({@link PeriodReportRepository}). A published answer, and every answer a viewer gets, suppresses small
 * counts ({@link SmallCounts}, threshold {@link ReportSettings}).
 *
 * <p>Longer than 300 lines because the four reports share their scope, their period reading and the small-count
 * suppression, and each is a short method over one repository call; apart they would repeat that frame four times.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PeriodReports {

    /** The fourth pillar started on 1 January 2023: a period without a start begins there. */
    public static final LocalDate FOURTH_PILLAR_START = LocalDate.of(2023, 1, 1);
    public static final int MAX_MONTHS = 60;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String NETWORK = "network";
    private static final String TOTAL = "Totaal";

    @Inject
    TrajectoryReports reports;

    @Inject
    PeriodReportRepository figures;

    @Inject
    PlaceDirectory places;

    @Inject
    TrajectoryTypeRegistry types;

    @Inject
    ReportSettings settings;

    @Inject
    Clock clock;

    /** A period resolved: both ends known, and the day on which "running" is counted. */
    record Period(LocalDate from, LocalDate to, LocalDate runningOn) {
    }

    /**
     * Vraag 173, question 5: per network in scope, the trajectories completed in the period by the integration status of
     * their newcomer, and those running on the period's last day (or today, when it lies ahead), with the totals.
     */
    public Report completions(Caller caller, ReportFilter filter) {
        ReportScope scope = reports.scope(caller, filter.networkId());
        Period period = period(filter);
        Map<String, String> networks = networks(scope);
        Map<String, Map<IntegrationStatus, Long>> completed = byNetwork(figures.completed(scope, period.from(),
                period.to()), networks);
        Map<String, Map<IntegrationStatus, Long>> running = byNetwork(figures.running(scope, period.runningOn()),
                networks);

        IntegrationStatus[] statuses = IntegrationStatus.values();
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text(NETWORK, "Netwerk"));
        for (IntegrationStatus s : statuses) {
            columns.add(Column.integer("completed" + capital(s.code()), "Voltooid " + s.dutchLabel()));
        }
        columns.add(Column.integer("completed", "Voltooid totaal"));
        String runningOn = DAY.format(period.runningOn());
        for (IntegrationStatus s : statuses) {
            columns.add(Column.integer("running" + capital(s.code()), "Lopend op " + runningOn + " " + s.dutchLabel()));
        }
        columns.add(Column.integer("running", "Lopend totaal"));

        List<List<Object>> rows = new ArrayList<>();
        long[] totals = new long[2 * (statuses.length + 1)];
        networks.forEach((id, name) -> {
            List<Object> row = new ArrayList<>();
            row.add(name);
            long[] cells = new long[totals.length];
            int i = 0;
            for (Map<String, Map<IntegrationStatus, Long>> counts : List.of(completed, running)) {
                long sum = 0;
                for (IntegrationStatus s : statuses) {
                    long n = counts.getOrDefault(id, Map.of()).getOrDefault(s, 0L);
                    cells[i++] = n;
                    sum += n;
                }
                cells[i++] = sum;
            }
            for (int c = 0; c < cells.length; c++) {
                row.add(cells[c]);
                totals[c] += cells[c];
            }
            rows.add(row);
        });
        List<Object> totalRow = new ArrayList<>();
        totalRow.add(TOTAL);
        for (long t : totals) {
            totalRow.add(t);
        }
        Table table = new Table("completions", "Voltooide en lopende trajecten per netwerk", columns, rows, totalRow);

        int n = statuses.length;
        List<SmallCounts.Group> groups = List.of(group(1, n), group(n + 2, n));
        Map<String, String> parameters = parameters(caller, scope, filter, period);
        parameters.put("Lopend op", runningOn);
        return report("completions", "Voltooide trajecten (verplicht / rechthebbend) en lopende trajecten",
                parameters, caller, filter, List.of(new Suppressible(table, groups)));
    }

    /**
     * Vraag 173, question 6: the confirmed hours worked in the period per reporting category (the type's own name for
     * it), most hours first, with each category's share in percent to one decimal; the shares add up to exactly 100.0
     * ({@link Shares}). Hours are sums, not counts of persons: they are never suppressed.
     */
    public Report hoursByCategory(Caller caller, ReportFilter filter) {
        ReportScope scope = reports.scope(caller, filter.networkId());
        Period period = period(filter);
        List<CategoryHours> hours = new ArrayList<>(figures.confirmedHours(scope, period.from(), period.to()).stream()
                .filter(h -> h.hours().signum() > 0).toList());
        hours.sort(Comparator.comparing(CategoryHours::hours).reversed()
                .thenComparing(h -> types.categoryLabel(h.typeId(), h.categoryId()))
                .thenComparing(CategoryHours::typeId));
        List<BigDecimal> shares = Shares.percentages(hours.stream().map(CategoryHours::hours).toList());
        Table.Builder table = Table.builder("hours", "Bevestigde uren per rapporteringscategorie", List.of(
                Column.text("category", "Categorie"), Column.text("type", "Trajecttype"),
                Column.decimal("hours", "Bevestigde uren"), Column.percent("percent", "Aandeel (%)")));
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        BigDecimal percent = BigDecimal.ZERO.setScale(1);
        for (int i = 0; i < hours.size(); i++) {
            CategoryHours h = hours.get(i);
            table.row(types.categoryLabel(h.typeId(), h.categoryId()), typeLabel(h.typeId()), h.hours(),
                    shares.get(i));
            total = total.add(h.hours());
            percent = percent.add(shares.get(i));
        }
        table.totals(TOTAL, null, total, percent);
        return report("hours-by-category", "Bevestigde uren per rapporteringscategorie",
                parameters(caller, scope, filter, period), caller, filter,
                List.of(new Suppressible(table.build(), List.of())));
    }

    /**
     * Completions and confirmed hours (by the day worked) per network and month over the last {@code months} months,
     * the current one (in Belgium) included: one table per measure, networks as rows, months as columns, a total
     * column and a totals row, so that a spreadsheet reads it as it is and a chart draws the totals row.
     *
     * @param months 1–{@value #MAX_MONTHS}; null for 24
     */
    public Report trends(Caller caller, String networkId, Integer months, boolean published) {
        int count = months == null ? 24 : months;
        if (count < 1 || count > MAX_MONTHS) {
            throw new InvalidInputException("months", "out-of-range", "Kies 1 tot " + MAX_MONTHS + " maanden.");
        }
        ReportScope scope = reports.scope(caller, networkId);
        YearMonth last = YearMonth.now(clock);
        YearMonth first = last.minusMonths(count - 1L);
        LocalDate from = first.atDay(1);
        LocalDate to = LocalDate.now(clock);
        List<YearMonth> monthList = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            monthList.add(m);
        }
        Map<String, String> networks = networks(scope);
        List<MonthFigure> completed = figures.completedPerMonth(scope, from, to);
        List<MonthFigure> hours = figures.confirmedHoursPerMonth(scope, from, to);
        Table completions = perMonth("completions", "Voltooide trajecten per maand", networks, monthList, completed,
                true);
        Table confirmed = perMonth("hours", "Bevestigde uren per maand", networks, monthList, hours, false);
        ReportFilter filter = new ReportFilter(networkId, from, to, published);
        Map<String, String> parameters = parameters(caller, scope, filter, new Period(from, to, to));
        parameters.put("Maanden", first + " tot " + last);
        return report("trends", "Voltooide trajecten en bevestigde uren per maand", parameters, caller, filter,
                List.of(new Suppressible(completions, List.of(group(1, monthList.size()))),
                        new Suppressible(confirmed, List.of())));
    }

    private static Table perMonth(String key, String title, Map<String, String> networks, List<YearMonth> months,
                                  List<MonthFigure> values, boolean whole) {
        Map<String, Map<YearMonth, BigDecimal>> byNetwork = new LinkedHashMap<>();
        networks.keySet().forEach(id -> byNetwork.put(id, new HashMap<>()));
        for (MonthFigure f : values) {
            byNetwork.computeIfAbsent(f.networkId(), k -> new HashMap<>()).merge(f.month(), f.value(), BigDecimal::add);
        }
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text(NETWORK, "Netwerk"));
        for (YearMonth m : months) {
            columns.add(whole ? Column.integer(m.toString(), m.toString()) : Column.decimal(m.toString(), m.toString()));
        }
        columns.add(whole ? Column.integer("total", TOTAL) : Column.decimal("total", TOTAL));
        BigDecimal zero = whole ? BigDecimal.ZERO : BigDecimal.ZERO.setScale(2);
        BigDecimal[] totals = new BigDecimal[months.size() + 1];
        java.util.Arrays.fill(totals, zero);
        List<List<Object>> rows = new ArrayList<>();
        byNetwork.forEach((id, perMonth) -> {
            List<Object> row = new ArrayList<>();
            row.add(networks.getOrDefault(id, id));
            BigDecimal sum = zero;
            for (int i = 0; i < months.size(); i++) {
                BigDecimal v = perMonth.getOrDefault(months.get(i), zero);
                row.add(cell(v, whole));
                totals[i] = totals[i].add(v);
                sum = sum.add(v);
            }
            row.add(cell(sum, whole));
            totals[months.size()] = totals[months.size()].add(sum);
            rows.add(row);
        });
        List<Object> totalRow = new ArrayList<>();
        totalRow.add(TOTAL);
        for (BigDecimal t : totals) {
            totalRow.add(cell(t, whole));
        }
        return new Table(key, title, columns, rows, totalRow);
    }

    private static Object cell(BigDecimal value, boolean whole) {
        return whole ? (Object) value.longValueExact() : value;
    }

    /**
     * Vraag 154, question 3: the buddies who take part (active, not refused, not erased, consenting; see
     * {@link PeriodReportRepository#buddiesPerMunicipality}) per province of the municipality they live in and per
     * network, with how many may be matched now (screened and trained), and their profile: how many speak each
     * language, are free at each time slot, named each interest. Aggregates only.
     */
    public Report buddies(Caller caller, String networkId, boolean published) {
        ReportScope scope = reports.scope(caller, networkId);
        List<BuddyCount> perMunicipality = figures.buddiesPerMunicipality(scope);
        Map<String, MunicipalityPlace> where = places.places(perMunicipality.stream()
                .map(BuddyCount::municipalityNis).collect(java.util.stream.Collectors.toSet()));
        Table provinces = buddyGroups("provinces", "Buddy's per provincie", "province", "Provincie", perMunicipality,
                nis -> {
                    MunicipalityPlace p = where.get(nis);
                    return p == null ? "Onbekende gemeente" : p.provinceName() == null
                            ? "Brussels Hoofdstedelijk Gewest" : p.provinceName();
                });
        Table networks = buddyGroups("networks", "Buddy's per netwerk", NETWORK, "Netwerk", perMunicipality,
                nis -> where.containsKey(nis) ? where.get(nis).networkName() : "Onbekend netwerk");
        Table languages = profile("languages", "Talen die buddy's spreken", "language", "Taal",
                figures.buddyLanguages(scope), Languages::dutchName);
        Table availability = profile("availability", "Wanneer buddy's beschikbaar zijn", "timeSlot", "Moment",
                figures.buddyAvailability(scope), c -> TimeSlot.byCode(c).map(TimeSlot::dutchLabel).orElse(c));
        Table interests = profile("interests", "Interesses van buddy's", "interest", "Interesse",
                figures.buddyInterests(scope), c -> Interest.byCode(c).map(Interest::dutchLabel).orElse(c));
        ReportFilter filter = new ReportFilter(networkId, null, null, published);
        Map<String, String> parameters = parameters(caller, scope, filter, null);
        parameters.put("Geteld", "buddy's die actief zijn, niet geweigerd bij de screening en toestemden om"
                + " gekoppeld te worden; een buddy telt bij elke taal, elk moment en elke interesse die hij opgaf");
        List<SmallCounts.Group> split = List.of(SmallCounts.Group.of(1, 2, 3));
        List<SmallCounts.Group> alone = List.of(SmallCounts.Group.alone(1));
        return report("buddies", "Buddy's per provincie en per netwerk, met hun profiel", parameters, caller, filter,
                List.of(new Suppressible(provinces, split), new Suppressible(networks, split),
                        new Suppressible(languages, alone), new Suppressible(availability, alone),
                        new Suppressible(interests, alone)));
    }

    private static Table buddyGroups(String key, String title, String groupKey, String groupLabel,
                                     List<BuddyCount> counts, Function<String, String> groupOf) {
        Map<String, long[]> groups = new java.util.TreeMap<>(java.text.Collator.getInstance(
                Locale.forLanguageTag("nl-BE")));
        for (BuddyCount c : counts) {
            long[] g = groups.computeIfAbsent(groupOf.apply(c.municipalityNis()), k -> new long[2]);
            g[0] += c.buddies();
            g[1] += c.mayBeMatched();
        }
        Table.Builder table = Table.builder(key, title, List.of(Column.text(groupKey, groupLabel),
                Column.integer("buddies", "Buddy's"), Column.integer("mayBeMatched", "Gescreend en gevormd"),
                Column.integer("notYet", "Nog niet gescreend of gevormd")));
        long[] total = new long[2];
        groups.forEach((name, g) -> {
            table.row(name, g[0], g[1], g[0] - g[1]);
            total[0] += g[0];
            total[1] += g[1];
        });
        return table.totals(TOTAL, total[0], total[1], total[0] - total[1]).build();
    }

    private static Table profile(String key, String title, String codeKey, String codeLabel, List<CodeCount> counts,
                                 Function<String, String> label) {
        Table.Builder table = Table.builder(key, title, List.of(Column.text(codeKey, codeLabel),
                Column.integer("buddies", "Buddy's")));
        counts.stream().sorted(Comparator.comparing(CodeCount::buddies).reversed()
                        .thenComparing(c -> label.apply(c.code())))
                .forEach(c -> table.row(label.apply(c.code()), c.buddies()));
        return table.build();
    }

    /** A table with how its counts add up, for suppression. */
    record Suppressible(Table table, List<SmallCounts.Group> groups) {
    }

    /** Whether small counts are suppressed: in a published answer, and always for a viewer. */
    boolean suppresses(Caller caller, ReportFilter filter) {
        return (filter.published() || caller.role() == Role.VIEWER) && settings.minCount() > 1;
    }

    private Report report(String key, String title, Map<String, String> parameters, Caller caller,
                          ReportFilter filter, List<Suppressible> tables) {
        boolean suppress = suppresses(caller, filter);
        int threshold = settings.minCount();
        if (suppress) {
            parameters.put("Kleine aantallen", "< " + threshold + ": aantallen van 1 tot " + (threshold - 1)
                    + " zijn niet getoond (leeg), net als de aantallen waaruit ze terug te rekenen zijn");
        }
        return new Report(key, title, parameters, tables.stream().map(s -> suppress && !s.groups().isEmpty()
                ? SmallCounts.suppress(s.table(), s.groups(), threshold) : s.table()).toList());
    }

    /** Columns {@code first} … {@code first + parts - 1} add up to the column after them. */
    private static SmallCounts.Group group(int first, int parts) {
        List<Integer> columns = new ArrayList<>();
        for (int c = first; c < first + parts; c++) {
            columns.add(c);
        }
        return new SmallCounts.Group(columns, first + parts);
    }

    Period period(ReportFilter filter) {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = filter.from() == null ? FOURTH_PILLAR_START : filter.from();
        LocalDate to = filter.to() == null ? today : filter.to();
        if (from.isAfter(to)) {
            throw new InvalidInputException("to", "before-from", "Het einde van de periode (" + DAY.format(to)
                    + ") ligt voor het begin (" + DAY.format(from) + ").");
        }
        return new Period(from, to, to.isAfter(today) ? today : to);
    }

    /** The networks counted, id to name, by name: those in scope (a local officer's: their municipality's). */
    Map<String, String> networks(ReportScope scope) {
        Map<String, String> all = places.networkNames();
        Map<String, String> counted = new LinkedHashMap<>();
        if (scope.municipalityNis() != null) {
            places.networkOfMunicipality(scope.municipalityNis())
                    .ifPresent(id -> counted.put(id, all.getOrDefault(id, id)));
        } else {
            all.forEach((id, name) -> {
                if (scope.networkIds() == null || scope.networkIds().contains(id)) {
                    counted.put(id, name);
                }
            });
        }
        return counted;
    }

    private static Map<String, Map<IntegrationStatus, Long>> byNetwork(List<NetworkCount> counts,
                                                                       Map<String, String> networks) {
        Map<String, Map<IntegrationStatus, Long>> byNetwork = new HashMap<>();
        for (NetworkCount c : counts) {
            byNetwork.computeIfAbsent(c.networkId(), k -> new java.util.EnumMap<>(IntegrationStatus.class))
                    .merge(c.status(), c.count(), Long::sum);
            networks.putIfAbsent(c.networkId(), c.networkId()); // never drop a count, even of an unnamed network
        }
        return byNetwork;
    }

    private Map<String, String> parameters(Caller caller, ReportScope scope, ReportFilter filter, Period period) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (period != null) {
            parameters.put("Periode", DAY.format(period.from()) + " – " + DAY.format(period.to()));
        }
        String network = filter.networkId() == null ? null : places.networkNames().get(filter.networkId());
        parameters.put("Netwerk", network != null ? network : caller.role() == Role.ADMINISTRATOR
                || caller.role() == Role.VIEWER ? "alle netwerken" : "alle netwerken binnen je bereik");
        if (scope.municipalityNis() != null) {
            parameters.put("Gemeente", places.place(scope.municipalityNis()).map(MunicipalityPlace::name)
                    .orElse(scope.municipalityNis()));
        }
        return parameters;
    }

    private String typeLabel(String typeId) {
        return types.find(typeId).map(t -> t.label().nl()).orElse(typeId);
    }

    private static String capital(String code) {
        return code.substring(0, 1).toUpperCase(Locale.ROOT) + code.substring(1);
    }
}
