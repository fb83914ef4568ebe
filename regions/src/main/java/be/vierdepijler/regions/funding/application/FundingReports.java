package be.vierdepijler.regions.funding.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.shared.table.Column;
import be.vierdepijler.core.shared.table.Report;
import be.vierdepijler.core.shared.table.Table;
import be.vierdepijler.core.spi.TrajectoryType;
import be.vierdepijler.core.spi.TrajectoryTypeRegistry;
import be.vierdepijler.regions.funding.domain.FundingCall;
import be.vierdepijler.regions.funding.domain.FundingCallRepository;
import be.vierdepijler.regions.funding.domain.FundingReportRepository;
import be.vierdepijler.regions.funding.domain.FundingReportRepository.ProjectFacts;
import be.vierdepijler.regions.funding.domain.ProjectStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The questions parliament asked about the funding of calls and their projects, each answered as a {@link Report}
 * (JSON, CSV and XLSX alike):
 * <ul>
 *   <li>{@link #callProjects} — vraag 120 (2021): every submitted project of a call, selected or not, its trajectory
 *   types and its award; totals per status and per type;</li>
 *   <li>{@link #extensions} — vraag 154 (2023): which projects were extended and until when, which continue without
 *   subsidy, per trajectory type;</li>
 *   <li>{@link #commitments} — vraag 162 (2021): the projects of a budget article or call with their description,
 *   expected result and the amount committed in a budget year, with the total.</li>
 * </ul>
 * Scoped like the projects themselves (ADR 0014): administrators and viewers count every project, a network
 * coordinator the projects of their networks. Trajectory types are the registry's, so a type added later becomes a
 * column by itself. Calls and projects are public money, not persons: no count is suppressed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FundingReports {

    private static final String TOTAL = "Totaal";

    @Inject
    FundingCallRepository calls;

    @Inject
    FundingReportRepository reports;

    @Inject
    TrajectoryTypeRegistry types;

    /** Vraag 120: the projects of a call, with tables per status and per trajectory type. */
    public Report callProjects(Caller caller, long callId) {
        FundingCall call = call(caller, callId);
        List<ProjectFacts> projects = ordered(reports.projectsOfCall(callId, FundingAccess.projectScope(caller)));
        List<TrajectoryType> typeList = types.all();

        List<Column> columns = new ArrayList<>(List.of(Column.text("lead", "Organisatie"),
                Column.text("involvedGovernments", "Betrokken lokale besturen"), Column.text("name", "Projectnaam")));
        for (TrajectoryType type : typeList) {
            columns.add(Column.bool("type_" + type.id(), type.label().nl()));
        }
        columns.addAll(List.of(Column.text("status", "Status"), Column.amount("awardedAmount", "Toegekend bedrag"),
                Column.amount("toBeDeterminedMaximum", "Nog te bepalen, hoogstens")));
        List<List<Object>> rows = new ArrayList<>();
        for (ProjectFacts p : projects) {
            List<Object> row = new ArrayList<>(java.util.Arrays.asList(nullable(p.lead()),
                    nullable(p.involvedGovernments()), p.name()));
            for (TrajectoryType type : typeList) {
                row.add(p.typeIds().contains(type.id()));
            }
            row.add(p.status().label());
            row.add(p.awardedAmount());
            row.add(p.toBeDetermined() ? p.awardMaximum() : null);
            rows.add(row);
        }
        List<Object> totals = new ArrayList<>();
        totals.add(TOTAL + " (" + projects.size() + " projecten)");
        while (totals.size() < columns.size() - 2) {
            totals.add(null);
        }
        totals.add(sum(projects, ProjectFacts::awardedAmount));
        totals.add(sum(projects, p -> p.toBeDetermined() ? p.awardMaximum() : null));
        Table projectTable = new Table("projects", "Projecten", columns, rows, totals);

        Table.Builder perStatus = Table.builder("per-status", "Per status", List.of(Column.text("status", "Status"),
                Column.integer("projects", "Projecten"), Column.amount("awardedAmount", "Toegekend (vaste bedragen)"),
                Column.integer("toBeDetermined", "Bedrag nog te bepalen"),
                Column.amount("toBeDeterminedMaximum", "Nog te bepalen, hoogstens samen")));
        for (ProjectStatus status : ProjectStatus.values()) {
            List<ProjectFacts> in = projects.stream().filter(p -> p.status() == status).toList();
            if (!in.isEmpty()) {
                perStatus.row(status.label(), (long) in.size(), sum(in, ProjectFacts::awardedAmount),
                        in.stream().filter(ProjectFacts::toBeDetermined).count(),
                        sum(in, p -> p.toBeDetermined() ? p.awardMaximum() : null));
            }
        }
        perStatus.totals(TOTAL, (long) projects.size(), sum(projects, ProjectFacts::awardedAmount),
                projects.stream().filter(ProjectFacts::toBeDetermined).count(),
                sum(projects, p -> p.toBeDetermined() ? p.awardMaximum() : null));

        Table.Builder perType = Table.builder("per-type", "Per trajecttype", List.of(
                Column.text("type", "Trajecttype"), Column.integer("awardedProjects", "Geselecteerde projecten"),
                Column.integer("submittedProjects", "Ingediende projecten"),
                Column.amount("awardedAmount", "Toegekend aan geselecteerde projecten (vaste bedragen)")));
        for (TrajectoryType type : typeList) {
            List<ProjectFacts> with = projects.stream().filter(p -> p.typeIds().contains(type.id())).toList();
            List<ProjectFacts> awarded = with.stream().filter(p -> p.status().awarded()).toList();
            perType.row(type.label().nl(), (long) awarded.size(), (long) with.size(),
                    sum(awarded, ProjectFacts::awardedAmount));
        }
        return new Report("call-projects-" + slug(call.reference()), "Projecten van " + call.reference() + " ("
                + call.name() + ")", parameters(call), List.of(projectTable, perStatus.build(), perType.build()));
    }

    /** Vraag 154: the awarded projects of a call, extended or not and until when, and per trajectory type. */
    public Report extensions(Caller caller, long callId) {
        FundingCall call = call(caller, callId);
        List<ProjectFacts> awarded = ordered(reports.projectsOfCall(callId, FundingAccess.projectScope(caller)))
                .stream().filter(p -> p.status().awarded()).toList();
        Table.Builder projects = Table.builder("projects", "Geselecteerde projecten", List.of(
                Column.text("name", "Projectnaam"), Column.text("lead", "Organisatie"),
                Column.text("types", "Trajecttypes"), Column.text("status", "Status"),
                Column.date("firstEndDate", "Oorspronkelijke einddatum"), Column.integer("extensions", "Verlengingen"),
                Column.date("endDate", "Loopt tot"), Column.amount("awardedAmount", "Toegekend bedrag"),
                Column.amount("extraAmount", "Extra bij verlenging"), Column.amount("total", "Totaal toegekend"),
                Column.bool("continuedWithoutSubsidy", "Verdergezet zonder subsidie")));
        for (ProjectFacts p : awarded) {
            projects.row(p.name(), nullable(p.lead()), typeLabels(p), p.status().label(), p.firstEndDate(),
                    (long) p.extensions(), p.endDate(), p.awardedAmount(), p.extraAmount(), total(p),
                    p.status() == ProjectStatus.CONTINUED_WITHOUT_SUBSIDY);
        }
        projects.totals(TOTAL + " (" + awarded.size() + " projecten)", null, null, null, null,
                awarded.stream().mapToLong(ProjectFacts::extensions).sum(), null,
                sum(awarded, ProjectFacts::awardedAmount), sum(awarded, ProjectFacts::extraAmount),
                sum(awarded, FundingReports::total), null);

        Table.Builder until = Table.builder("until", "Einddatum", List.of(Column.date("endDate", "Loopt tot"),
                Column.integer("projects", "Projecten"), Column.integer("extended", "Waarvan verlengd")));
        Map<LocalDate, List<ProjectFacts>> byEnd = awarded.stream().filter(p -> p.endDate() != null)
                .collect(Collectors.groupingBy(ProjectFacts::endDate, TreeMap::new, Collectors.toList()));
        byEnd.forEach((end, in) -> until.row(end, (long) in.size(), in.stream().filter(p -> p.extensions() > 0)
                .count()));

        Table.Builder perType = Table.builder("per-type", "Per trajecttype", List.of(
                Column.text("type", "Trajecttype"), Column.integer("projects", "Geselecteerde projecten"),
                Column.integer("extended", "Verlengd"),
                Column.integer("continuedWithoutSubsidy", "Verdergezet zonder subsidie"),
                Column.amount("total", "Totaal toegekend")));
        for (TrajectoryType type : types.all()) {
            List<ProjectFacts> with = awarded.stream().filter(p -> p.typeIds().contains(type.id())).toList();
            perType.row(type.label().nl(), (long) with.size(), with.stream().filter(p -> p.extensions() > 0).count(),
                    with.stream().filter(p -> p.status() == ProjectStatus.CONTINUED_WITHOUT_SUBSIDY).count(),
                    sum(with, FundingReports::total));
        }
        return new Report("extensions-" + slug(call.reference()), "Verlengingen en verderzetting, " + call.reference(),
                parameters(call), List.of(projects.build(), until.build(), perType.build()));
    }

    /**
     * Vraag 162: the awarded projects of a call or budget article with what they do and cost; with a year, the
     * amounts committed in that budget year (only projects with a commitment that year).
     */
    public Report commitments(Caller caller, long callId, Integer year) {
        FundingCall call = call(caller, callId);
        if (year != null && (year < 1990 || year > 2100)) {
            throw new InvalidInputException("year", "out-of-range", "Kies een begrotingsjaar tussen 1990 en 2100.");
        }
        List<ProjectFacts> projects = ordered(reports.projectsOfCall(callId, FundingAccess.projectScope(caller)))
                .stream().filter(p -> p.status().awarded())
                .filter(p -> year == null || p.commitments().containsKey(year)).toList();
        Table.Builder table = Table.builder("projects", year == null ? "Projecten" : "Projecten " + year, List.of(
                Column.text("lead", "Organisatie"), Column.text("name", "Titel"),
                Column.text("description", "Omschrijving"), Column.text("expectedResult", "Te verwachten resultaat"),
                Column.amount("amount", year == null ? "Bedrag" : "Vastgelegd in " + year)));
        for (ProjectFacts p : projects) {
            table.row(nullable(p.lead()), p.name(), nullable(p.description()), nullable(p.expectedResult()),
                    amount(p, year));
        }
        table.totals(year == null ? TOTAL : TOTAL + " " + year, null, null, null, sum(projects, p -> amount(p, year)));

        Map<Integer, List<BigDecimal>> perYear = new TreeMap<>();
        for (ProjectFacts p : projects) {
            p.commitments().forEach((y, a) -> perYear.computeIfAbsent(y, k -> new ArrayList<>()).add(a));
        }
        Table.Builder years = Table.builder("per-year", "Per begrotingsjaar", List.of(
                Column.integer("year", "Begrotingsjaar"), Column.integer("projects", "Projecten"),
                Column.amount("committed", "Vastgelegd")));
        perYear.forEach((y, amounts) -> years.row((long) y, (long) amounts.size(),
                amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
        Map<String, String> parameters = parameters(call);
        if (year != null) {
            parameters.put("Begrotingsjaar", Integer.toString(year));
        }
        return new Report("commitments-" + slug(call.reference()) + (year == null ? "" : "-" + year),
                "Projecten en vastleggingen, " + call.reference(), parameters, List.of(table.build(), years.build()));
    }

    private FundingCall call(Caller caller, long callId) {
        FundingAccess.mayRead(caller);
        return calls.byId(callId).orElseThrow(() -> new NotFoundException("oproep", Long.toString(callId)));
    }

    /** Awarded projects first (as the published tables list the selected ones first), each group by name. */
    private static List<ProjectFacts> ordered(List<ProjectFacts> projects) {
        List<ProjectFacts> ordered = new ArrayList<>(projects.stream().filter(p -> p.status().awarded()).toList());
        ordered.addAll(projects.stream().filter(p -> !p.status().awarded()).toList());
        return ordered;
    }

    private static Map<String, String> parameters(FundingCall call) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("Oproep", call.reference() + " — " + call.name());
        parameters.put("Budget van de oproep", call.totalBudget().toPlainString() + " EUR");
        return parameters;
    }

    private String typeLabels(ProjectFacts p) {
        return types.all().stream().filter(t -> p.typeIds().contains(t.id())).map(t -> t.label().nl())
                .collect(Collectors.joining(", "));
    }

    /** What a project was awarded in all: the fixed award and the extensions' extra amounts. */
    private static BigDecimal total(ProjectFacts p) {
        return p.awardedAmount() == null ? p.extraAmount() : p.awardedAmount().add(p.extraAmount());
    }

    private static BigDecimal amount(ProjectFacts p, Integer year) {
        return year == null ? total(p) : p.commitments().get(year);
    }

    private static BigDecimal sum(List<ProjectFacts> projects, java.util.function.Function<ProjectFacts, BigDecimal> f) {
        return projects.stream().map(f).filter(Objects::nonNull).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    private static String nullable(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private static String slug(String reference) {
        return reference.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
