package be.vierdepijler.regions.funding.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.imports.domain.ImportColumn;
import be.vierdepijler.core.imports.domain.ImportKind;
import be.vierdepijler.core.imports.domain.ImportRow;
import be.vierdepijler.core.imports.domain.ImportValues;
import be.vierdepijler.core.imports.domain.RowOutcome;
import be.vierdepijler.core.imports.domain.RowProblem;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.regions.funding.domain.CallKind;
import be.vierdepijler.regions.funding.domain.FunderShare;
import be.vierdepijler.regions.funding.domain.FundingCallDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Import kind {@code funding-calls}: calls by their reference (natural key). Administrators only. */
@ApplicationScoped
public class FundingCallImport implements ImportKind {

    static final String REFERENCE = "referentie";
    private static final Pattern FUNDER = Pattern.compile("(.+?)\\s+(\\d{1,3}(?:[.,]\\d{1,2})?)\\s*%?");
    /** Which column holds each field of {@link FundingCallDetails}. */
    private static final Map<String, String> COLUMN_OF = Map.ofEntries(Map.entry("reference", REFERENCE),
            Map.entry("name", "naam"), Map.entry("kind", "soort"), Map.entry("funders", "financiers"),
            Map.entry("totalBudget", "totaal_budget"), Map.entry("maxPerProject", "max_per_project"),
            Map.entry("minOwnFinancingPercent", "min_eigen_financiering_pct"),
            Map.entry("eligibleApplicants", "wie_mag_indienen"), Map.entry("startFrom", "start_vanaf"),
            Map.entry("startUntil", "start_tot"), Map.entry("durationMonths", "looptijd_maanden"),
            Map.entry("description", "omschrijving"));

    @Inject
    FundingCalls calls;

    @Override
    public String key() {
        return "funding-calls";
    }

    @Override
    public String label() {
        return "Oproepen";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required(REFERENCE, "De unieke referentie van de oproep of het begrotingsartikel.",
                        "oproep 507"),
                ImportColumn.required("naam", "De naam van de oproep.", "Proeftuinen participatie- en netwerktraject"),
                ImportColumn.required("soort", "proeftuinoproep, netwerkoproep, actieplanoproep of projectlijn.",
                        "proeftuinoproep"),
                ImportColumn.required("financiers", "De financiers met hun aandeel in %, gescheiden door |; samen"
                        + " 100.", "AMIF 50|VVSG 50"),
                ImportColumn.required("totaal_budget", "Het totale budget in euro.", "800000,00"),
                ImportColumn.optional("max_per_project", "Het hoogste bedrag per project in euro.", "40000,00"),
                ImportColumn.optional("min_eigen_financiering_pct", "Het minimale aandeel eigen financiering in %.",
                        "50"),
                ImportColumn.optional("wie_mag_indienen", "Wie een project mag indienen.", "Lokale besturen"),
                ImportColumn.optional("start_vanaf", "De eerste startdatum van een project.", "2020-09-01"),
                ImportColumn.optional("start_tot", "De laatste startdatum van een project.", "2020-12-31"),
                ImportColumn.optional("looptijd_maanden", "De looptijd van een project in maanden.", "24"),
                ImportColumn.optional("omschrijving", "Wat de oproep wil bereiken.", ""));
    }

    @Override
    public boolean mayImport(Caller caller) {
        return caller.isAdministrator();
    }

    /** The details of one row, and the problems of its cells. */
    record Parsed(FundingCallDetails details, List<RowProblem> problems) {
    }

    static Parsed parse(ImportRow row) {
        ImportValues v = new ImportValues(row);
        String reference = v.text(REFERENCE, true, 100);
        String name = v.text("naam", true, 300);
        String kindCode = v.text("soort", true);
        CallKind kind = null;
        if (kindCode != null) {
            kind = CallKind.byDutchCode(kindCode).orElse(null);
            if (kind == null) {
                v.problem("soort", "unknown-kind", "Onbekend soort '" + kindCode + "'; mogelijk: "
                        + String.join(", ", CallKind.dutchCodes()) + ".");
            }
        }
        List<FunderShare> funders = new ArrayList<>();
        for (String item : v.list("financiers", true)) {
            Matcher m = FUNDER.matcher(item);
            if (!m.matches()) {
                v.problem("financiers", "not-a-funder", "'" + item + "' heeft niet de vorm naam aandeel (bv. AMIF 50).");
            } else {
                funders.add(new FunderShare(m.group(1).strip(), new BigDecimal(m.group(2).replace(',', '.'))));
            }
        }
        BigDecimal total = v.amount("totaal_budget", true);
        BigDecimal max = v.amount("max_per_project", false);
        BigDecimal min = v.percent("min_eigen_financiering_pct", false);
        String who = v.text("wie_mag_indienen", false, 2000);
        var from = v.date("start_vanaf", false);
        var until = v.date("start_tot", false);
        Long months = v.wholeNumber("looptijd_maanden", false);
        String description = v.text("omschrijving", false, 4000);
        FundingCallDetails details = new FundingCallDetails(reference, name, kind, funders, total, max, min, who, from,
                until, months == null ? null : (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, months)),
                description);
        List<RowProblem> problems = new ArrayList<>(v.problems());
        if (problems.isEmpty()) {
            for (FieldViolation f : details.violations()) {
                problems.add(problemOf(row.line(), f));
            }
        }
        return new Parsed(details, problems);
    }

    static RowProblem problemOf(int line, FieldViolation f) {
        String field = f.field().replaceAll("\\[\\d+]\\..*$", "");
        return new RowProblem(line, COLUMN_OF.getOrDefault(field, null), f.code(), f.message());
    }

    @Override
    public List<RowProblem> check(List<ImportRow> rows, Caller caller) {
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (ImportRow row : rows) {
            problems.addAll(parse(row).problems());
            String reference = row.get(REFERENCE);
            if (reference != null) {
                Integer earlier = firstLine.putIfAbsent(reference.toLowerCase(Locale.ROOT), row.line());
                if (earlier != null) {
                    problems.add(new RowProblem(row.line(), REFERENCE, "duplicate", "De referentie '" + reference
                            + "' staat al op regel " + earlier + "."));
                }
            }
        }
        return problems;
    }

    @Override
    public RowOutcome apply(ImportRow row, Caller caller) {
        Parsed parsed = parse(row);
        if (!parsed.problems().isEmpty()) {
            RowProblem p = parsed.problems().get(0);
            throw new InvalidInputException(p.column() == null ? "row" : p.column(), p.code(), p.reason());
        }
        return calls.importCall(caller, parsed.details());
    }
}
