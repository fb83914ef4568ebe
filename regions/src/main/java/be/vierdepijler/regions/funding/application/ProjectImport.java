package be.vierdepijler.regions.funding.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.imports.domain.ImportColumn;
import be.vierdepijler.core.imports.domain.ImportKind;
import be.vierdepijler.core.imports.domain.ImportRow;
import be.vierdepijler.core.imports.domain.ImportValues;
import be.vierdepijler.core.imports.domain.RowOutcome;
import be.vierdepijler.core.imports.domain.RowProblem;
import be.vierdepijler.core.shared.ConflictException;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.SearchText;
import be.vierdepijler.regions.funding.domain.CallRules;
import be.vierdepijler.regions.funding.domain.Commitment;
import be.vierdepijler.regions.funding.domain.FundingCall;
import be.vierdepijler.regions.funding.domain.ProjectDetails;
import be.vierdepijler.regions.funding.domain.ProjectLifecycle;
import be.vierdepijler.regions.funding.domain.ProjectStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Import kind {@code projects}: projects by (call reference, name), their natural key. The lead ({@code promotor}) is
 * the partner organisation of that name when exactly one has it (case and accents ignored), otherwise a named body.
 * A project imported straight into a later status gets one history entry "ingevoerd via import". Administrators only.
 */
@ApplicationScoped
public class ProjectImport implements ImportKind {

    static final String CALL = "oproep";
    static final String NAME = "naam";
    static final String AWARDED = "toegekend_bedrag";
    static final String TO_BE_DETERMINED = "toegekend_max_nog_te_bepalen";
    private static final Set<String> YES = Set.of("ja", "x", "nog te bepalen");
    private static final Map<String, String> COLUMN_OF = Map.ofEntries(Map.entry("callId", CALL),
            Map.entry("name", NAME), Map.entry("lead", "promotor"), Map.entry("leadName", "promotor"),
            Map.entry("leadOrganisationId", "promotor"), Map.entry("involvedGovernments", "betrokken_besturen"),
            Map.entry("municipalityNis", "gemeenten"), Map.entry("networkId", "netwerk"),
            Map.entry("description", "omschrijving"), Map.entry("expectedResult", "verwacht_resultaat"),
            Map.entry("trajectoryTypeIds", "trajecttypes"), Map.entry("requestedAmount", "gevraagd_bedrag"),
            Map.entry("ownFinancing", "eigen_financiering"), Map.entry("awardedAmount", AWARDED),
            Map.entry("awardMaximum", TO_BE_DETERMINED), Map.entry("commitments", "vastleggingen"),
            Map.entry("startDate", "start"), Map.entry("endDate", "einde"));

    @Inject
    FundingProjects projects;

    @Inject
    FundingReferences references;

    @Override
    public String key() {
        return "projects";
    }

    @Override
    public String label() {
        return "Projecten";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required(CALL, "De referentie van de oproep (die al bestaat).", "oproep 507"),
                ImportColumn.required(NAME, "De naam van het project; uniek binnen de oproep.", "Samen in Ieper"),
                ImportColumn.required("promotor", "De promotor: de naam van een partnerorganisatie, of van een"
                        + " andere instantie.", "Stad Ieper"),
                ImportColumn.optional("betrokken_besturen", "De betrokken lokale besturen zoals gepubliceerd.",
                        "Ieper, Poperinge"),
                ImportColumn.optional("gemeenten", "NIS-codes van de betrokken gemeenten, gescheiden door |.",
                        "33011|33021"),
                ImportColumn.optional("netwerk", "Het netwerk (id) van een netwerkproject.", "westhoek"),
                ImportColumn.optional("omschrijving", "Wat het project doet.", ""),
                ImportColumn.optional("verwacht_resultaat", "Wat het project wil bereiken.", ""),
                ImportColumn.optional("trajecttypes", "Ids van de gekozen trajecttypes, gescheiden door |.",
                        "buddy|volunteering"),
                ImportColumn.optional("gevraagd_bedrag", "Het gevraagde bedrag in euro.", "40000,00"),
                ImportColumn.optional("eigen_financiering", "De eigen financiering in euro.", "40000,00"),
                ImportColumn.optional(AWARDED, "Het toegekende vaste bedrag in euro.", "40000,00"),
                ImportColumn.optional(TO_BE_DETERMINED, "Toekenning nog te bepalen: het maximum in euro, of 'ja'"
                        + " zonder maximum. Niet samen met toegekend_bedrag.", "40000,00"),
                ImportColumn.optional("status", "ingediend (standaard), geselecteerd, niet-geselecteerd, lopend,"
                        + " verlengd, beeindigd of verdergezet-zonder-subsidie.", "geselecteerd"),
                ImportColumn.optional("start", "De startdatum.", "2020-09-01"),
                ImportColumn.optional("einde", "De einddatum.", "2022-08-31"),
                ImportColumn.optional("vastleggingen", "Vastgelegde bedragen per begrotingsjaar: jaar=bedrag,"
                        + " gescheiden door |.", "2020=20000,00|2021=20000,00"));
    }

    @Override
    public boolean mayImport(Caller caller) {
        return caller.isAdministrator();
    }

    /** One row read: the call it names (when it exists), its details and status, and the problems found. */
    record Parsed(FundingCall call, ProjectDetails details, ProjectStatus status, List<RowProblem> problems) {
    }

    Parsed parse(ImportRow row) {
        ImportValues v = new ImportValues(row);
        String callReference = v.text(CALL, true);
        FundingCall call = null;
        if (callReference != null) {
            call = references.call(callReference).orElse(null);
            if (call == null) {
                v.problem(CALL, "unknown-call", "Er bestaat geen oproep met referentie '" + callReference + "'.");
            }
        }
        String name = v.text(NAME, true, 300);
        String lead = v.text("promotor", true, 300);
        Long leadOrganisationId = lead == null ? null : references.organisationNamed(lead).orElse(null);
        String involved = v.text("betrokken_besturen", false, 2000);
        List<String> nis = v.list("gemeenten", false);
        Set<String> unknown = new TreeSet<>();
        for (String code : nis) {
            if (!code.matches("\\d{5}")) {
                unknown.add(code);
            }
        }
        Set<String> wellFormed = new HashSet<>(nis);
        wellFormed.removeAll(unknown);
        Set<String> known = wellFormed.isEmpty() ? Set.of() : references.knownMunicipalities(wellFormed);
        wellFormed.stream().filter(code -> !known.contains(code)).forEach(unknown::add);
        if (!unknown.isEmpty()) {
            v.problem("gemeenten", "unknown-municipality", "Er bestaat geen gemeente met NIS-code "
                    + String.join(", ", unknown) + ".");
        }
        String network = v.text("netwerk", false);
        if (network != null && !references.networkExists(network)) {
            v.problem("netwerk", "unknown-network", "Er bestaat geen netwerk '" + network + "'.");
        }
        String description = v.text("omschrijving", false, 4000);
        String expected = v.text("verwacht_resultaat", false, 4000);
        List<String> types = v.list("trajecttypes", false);
        List<String> deployed = references.trajectoryTypeIds();
        List<String> unknownTypes = types.stream().filter(t -> !deployed.contains(t)).toList();
        if (!unknownTypes.isEmpty()) {
            v.problem("trajecttypes", "unknown-trajectory-type", "Er bestaat geen trajecttype "
                    + String.join(", ", unknownTypes) + "; mogelijk: " + String.join(", ", deployed) + ".");
        }
        BigDecimal requested = v.amount("gevraagd_bedrag", false);
        BigDecimal own = v.amount("eigen_financiering", false);
        BigDecimal awarded = v.amount(AWARDED, false);
        boolean toBeDetermined = false;
        BigDecimal awardMaximum = null;
        String tbd = v.text(TO_BE_DETERMINED, false);
        if (tbd != null) {
            toBeDetermined = true;
            if (!YES.contains(tbd.toLowerCase(Locale.ROOT))) {
                awardMaximum = v.amount(TO_BE_DETERMINED, false);
            }
        }
        ProjectStatus status = ProjectStatus.SUBMITTED;
        String statusCode = v.text("status", false);
        if (statusCode != null) {
            status = ProjectStatus.byDutchCode(statusCode).orElse(null);
            if (status == null) {
                v.problem("status", "unknown-status", "Onbekende status '" + statusCode + "'; mogelijk: "
                        + String.join(", ", ProjectStatus.dutchCodes()) + ".");
            }
        }
        var start = v.date("start", false);
        var end = v.date("einde", false);
        List<Commitment> commitments = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> e : v.amountsByKey("vastleggingen", false).entrySet()) {
            if (!e.getKey().matches("\\d{4}")) {
                v.problem("vastleggingen", "not-a-year", "'" + e.getKey() + "' is geen begrotingsjaar.");
            } else {
                commitments.add(new Commitment(Integer.parseInt(e.getKey()), e.getValue()));
            }
        }
        ProjectDetails details = new ProjectDetails(call == null ? null : call.id() == null ? 0L : call.id(),
                leadOrganisationId, leadOrganisationId == null ? lead : null, involved, nis, network, name,
                description, expected, types, requested, own, awarded, toBeDetermined, awardMaximum, commitments,
                start, end);
        List<RowProblem> problems = new ArrayList<>(v.problems());
        if (problems.isEmpty()) {
            details.violations().forEach(f -> problems.add(problemOf(row.line(), f)));
        }
        if (problems.isEmpty() && call != null) {
            Optional<ProjectStatus> current = references.projectStatus(call, name);
            if (current.isPresent() && !ProjectLifecycle.reachable(current.get(), status)) {
                problems.add(new RowProblem(row.line(), "status", "transition-not-allowed", "Het project heeft al"
                        + " status '" + current.get().dutchCode() + "' en kan niet meer naar '" + status.dutchCode()
                        + "'."));
            }
            // every rule of the call except its budget, which check() counts over the whole file
            CallRules.violations(call, details, status, BigDecimal.ZERO).stream()
                    .filter(f -> !f.code().equals("above-call-budget"))
                    .forEach(f -> problems.add(problemOf(row.line(), f)));
        }
        return new Parsed(call, details, status, problems);
    }

    static RowProblem problemOf(int line, FieldViolation f) {
        String field = f.field().replaceAll("\\[\\d+]\\..*$", "");
        return new RowProblem(line, COLUMN_OF.get(field), f.code(), f.message());
    }

    @Override
    public List<RowProblem> check(List<ImportRow> rows, Caller caller) {
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        Map<String, List<Parsed>> byCall = new LinkedHashMap<>();
        Map<Parsed, Integer> lines = new HashMap<>();
        for (ImportRow row : rows) {
            Parsed parsed = parse(row);
            problems.addAll(parsed.problems());
            String call = row.get(CALL);
            String name = row.get(NAME);
            if (call != null && name != null) {
                String key = call.toLowerCase(Locale.ROOT) + "\u0000" + SearchText.fold(name);
                Integer earlier = firstLine.putIfAbsent(key, row.line());
                if (earlier != null) {
                    problems.add(new RowProblem(row.line(), NAME, "duplicate", "Het project '" + name + "' van oproep '"
                            + call + "' staat al op regel " + earlier + "."));
                    continue;
                }
            }
            if (parsed.call() != null) {
                byCall.computeIfAbsent(parsed.call().reference(), k -> new ArrayList<>()).add(parsed);
                lines.put(parsed, row.line());
            }
        }
        byCall.forEach((reference, parsedRows) -> checkBudget(parsedRows, lines, problems));
        problems.sort(java.util.Comparator.comparingInt(RowProblem::line));
        return problems;
    }

    /**
     * The call's budget over the whole file: the fixed awards of the call's projects the file does not mention, plus
     * those of the file's awarded rows, row by row; the first row that goes over the budget is the problem.
     */
    private void checkBudget(List<Parsed> rows, Map<Parsed, Integer> lines, List<RowProblem> problems) {
        FundingCall call = rows.get(0).call();
        Set<String> names = new HashSet<>();
        rows.stream().filter(p -> p.details().name() != null).forEach(p -> names.add(SearchText.fold(
                p.details().name().strip())));
        BigDecimal total = references.fixedAwardsExcept(call, names);
        for (Parsed p : rows) {
            if (p.status() == null || !p.status().awarded() || p.details().awardedAmount() == null) {
                continue;
            }
            List<FieldViolation> breach = CallRules.violations(call, p.details(), p.status(), total).stream()
                    .filter(f -> f.code().equals("above-call-budget")).toList();
            total = total.add(p.details().awardedAmount());
            if (!breach.isEmpty()) {
                problems.add(problemOf(lines.get(p), breach.get(0)));
                return;
            }
        }
    }

    @Override
    public RowOutcome apply(ImportRow row, Caller caller) {
        Parsed parsed = parse(row);
        if (!parsed.problems().isEmpty()) {
            RowProblem p = parsed.problems().get(0);
            throw new InvalidInputException(p.column() == null ? "row" : p.column(), p.code(), p.reason());
        }
        try {
            return projects.importProject(caller, parsed.details(), parsed.status());
        } catch (ConflictException e) {
            throw new InvalidInputException("status", e.code(), e.getMessage());
        }
    }
}
