package be.vierdepijler.regions.allocation.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.imports.domain.ImportColumn;
import be.vierdepijler.core.imports.domain.ImportKind;
import be.vierdepijler.core.imports.domain.ImportRow;
import be.vierdepijler.core.imports.domain.ImportValues;
import be.vierdepijler.core.imports.domain.RowOutcome;
import be.vierdepijler.core.imports.domain.RowProblem;
import be.vierdepijler.regions.allocation.domain.AllocationTerms;
import be.vierdepijler.regions.allocation.domain.FigureKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Municipality figures from a file, one per row: {@code nis_code;soort;jaar;waarde;bron}. Natural key: NIS code,
 * soort and jaar; re-importing a row changes nothing, a changed value or source updates the figure.
 */
@ApplicationScoped
public class MunicipalityFigureImport implements ImportKind {

    static final String NIS = "nis_code";
    static final String KIND = "soort";
    static final String YEAR = "jaar";
    static final String VALUE = "waarde";
    static final String SOURCE = "bron";

    @Inject
    MunicipalityFigures figures;

    @Override
    public String key() {
        return "municipality-figures";
    }

    @Override
    public String label() {
        return "Gemeentecijfers";
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.required(NIS, "NIS-code van de gemeente (5 cijfers)", "33011"),
                ImportColumn.required(KIND, "Soort cijfer: " + String.join(" of ", FigureKind.importCodes()),
                        "inwoners"),
                ImportColumn.required(YEAR, "Jaar waarop het cijfer slaat", "2024"),
                ImportColumn.required(VALUE, "Het cijfer, een geheel getal van 0 of meer", "35000"),
                ImportColumn.required(SOURCE, "Waar het cijfer vandaan komt (hoogstens "
                        + MunicipalityFigures.MAX_SOURCE + " tekens)", "Statbel, bevolking op 1 januari 2024"));
    }

    @Override
    public boolean mayImport(Caller caller) {
        return caller.isAdministrator();
    }

    @Override
    public List<RowProblem> check(List<ImportRow> rows, Caller caller) {
        Set<String> municipalities = figures.municipalities();
        Map<String, Integer> firstLine = new HashMap<>();
        List<RowProblem> problems = new ArrayList<>();
        for (ImportRow row : rows) {
            Parsed parsed = parse(row, municipalities);
            problems.addAll(parsed.values().problems());
            if (parsed.complete()) {
                String key = parsed.nis() + "|" + parsed.kind() + "|" + parsed.year();
                Integer earlier = firstLine.putIfAbsent(key, row.line());
                if (earlier != null) {
                    problems.add(new RowProblem(row.line(), null, "duplicate", "Dezelfde gemeente, soort en jaar"
                            + " staan al op regel " + earlier + "."));
                }
            }
        }
        return problems;
    }

    @Override
    public RowOutcome apply(ImportRow row, Caller caller) {
        Parsed parsed = parse(row, null);
        if (!parsed.complete()) {
            throw new IllegalStateException("apply of an unchecked row: " + parsed.values().problems());
        }
        return figures.record(caller, new MunicipalityFigures.FigureValues(parsed.nis(), parsed.kind(),
                parsed.year(), parsed.value(), parsed.source()));
    }

    private record Parsed(ImportValues values, String nis, FigureKind kind, Integer year, Long value,
                          String source) {

        boolean complete() {
            return values.problems().isEmpty();
        }
    }

    /** @param municipalities the NIS codes that exist, or null not to look */
    private static Parsed parse(ImportRow row, Set<String> municipalities) {
        ImportValues v = new ImportValues(row);
        String nis = v.text(NIS, true);
        if (nis != null && municipalities != null && !municipalities.contains(nis)) {
            v.problem(NIS, "unknown", "Er bestaat geen gemeente met NIS-code '" + nis + "'.");
        }
        String kindCode = v.text(KIND, true);
        FigureKind kind = null;
        if (kindCode != null) {
            kind = FigureKind.byImportCode(kindCode).orElse(null);
            if (kind == null) {
                v.problem(KIND, "unknown", "Onbekende soort '" + kindCode + "'; mogelijk: "
                        + String.join(", ", FigureKind.importCodes()) + ".");
            }
        }
        Long year = v.wholeNumber(YEAR, true);
        if (year != null && (year < AllocationTerms.MIN_YEAR || year > AllocationTerms.MAX_YEAR)) {
            v.problem(YEAR, "out-of-range", "Een jaar ligt tussen " + AllocationTerms.MIN_YEAR + " en "
                    + AllocationTerms.MAX_YEAR + ".");
            year = null;
        }
        Long value = v.wholeNumber(VALUE, true);
        if (value != null && value < 0) {
            v.problem(VALUE, "negative", "Een cijfer is 0 of meer, niet " + value + ".");
        } else if (value != null && value > MunicipalityFigures.MAX_VALUE) {
            v.problem(VALUE, "too-large", "Een cijfer is hoogstens " + MunicipalityFigures.MAX_VALUE + ".");
        }
        String source = v.text(SOURCE, true, MunicipalityFigures.MAX_SOURCE);
        return new Parsed(v, nis, kind, year == null ? null : year.intValue(), value, source);
    }
}
