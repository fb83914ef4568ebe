package be.vierdepijler.regions.allocation.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.access.Role;
import be.vierdepijler.core.imports.domain.ImportRow;
import be.vierdepijler.core.imports.domain.RowOutcome;
import be.vierdepijler.core.imports.domain.RowProblem;
import be.vierdepijler.core.port.PlaceDirectory;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.regions.allocation.domain.CriterionWeight;
import be.vierdepijler.regions.allocation.domain.FigureFilter;
import be.vierdepijler.regions.allocation.domain.FigureKind;
import be.vierdepijler.regions.allocation.domain.FigureListing;
import be.vierdepijler.regions.allocation.domain.MunicipalityFigure;
import be.vierdepijler.regions.allocation.domain.MunicipalityFigureRepository;
import be.vierdepijler.regions.allocation.domain.NetworkFigures;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MunicipalityFigureImportTest {

    private static final Caller ADMIN = new Caller(1, "admin", Role.ADMINISTRATOR, Set.of(), null, null);
    private static final Caller COORDINATOR = new Caller(2, "coord", Role.NETWORK_COORDINATOR, Set.of("westhoek"),
            null, null);
    private static final Set<String> KNOWN = Set.of("33011", "33021", "71022");

    private final Map<String, MunicipalityFigure> stored = new HashMap<>();
    private MunicipalityFigureImport kind;

    /** An in-memory repository: only what the import uses. */
    private final class InMemoryFigures implements MunicipalityFigureRepository {
        @Override
        public Page<FigureListing> find(FigureFilter filter, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<MunicipalityFigure> byKey(String nisCode, FigureKind kind, int year) {
            return Optional.ofNullable(stored.get(nisCode + kind + year));
        }

        @Override
        public MunicipalityFigure add(MunicipalityFigure figure) {
            stored.put(figure.nisCode() + figure.kind() + figure.year(), figure);
            return figure;
        }

        @Override
        public Set<String> municipalities() {
            return KNOWN;
        }

        @Override
        public List<NetworkFigures> networkFigures(LocalDate day, List<CriterionWeight> criteria) {
            throw new UnsupportedOperationException();
        }
    }

    @BeforeEach
    void wire() {
        MunicipalityFigures figures = new MunicipalityFigures();
        figures.figures = new InMemoryFigures();
        figures.clock = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);
        figures.places = (PlaceDirectory) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PlaceDirectory.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "networkOfMunicipality" -> KNOWN.contains((String) args[0]) ? Optional.of("westhoek")
                            : Optional.empty();
                    case "networkExists" -> true;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
        kind = new MunicipalityFigureImport();
        kind.figures = figures;
    }

    private static ImportRow row(int line, String nis, String soort, String jaar, String waarde, String bron) {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "nis_code", nis);
        put(values, "soort", soort);
        put(values, "jaar", jaar);
        put(values, "waarde", waarde);
        put(values, "bron", bron);
        return new ImportRow(line, values);
    }

    private static void put(Map<String, String> values, String key, String value) {
        if (value != null) {
            values.put(key, value);
        }
    }

    private static final String STATBEL = "Statbel, bevolking op 1 januari 2024";

    @Test
    void describesItsColumnsAndIsForAdministratorsOnly() {
        assertThat(kind.key()).isEqualTo("municipality-figures");
        assertThat(kind.columns()).extracting(c -> c.name()).containsExactly("nis_code", "soort", "jaar", "waarde",
                "bron");
        assertThat(kind.mayImport(ADMIN)).isTrue();
        assertThat(kind.mayImport(COORDINATOR)).isFalse();
        assertThatThrownBy(() -> kind.apply(row(2, "33011", "inwoners", "2024", "35000", STATBEL), COORDINATOR))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aCleanFileCreatesThenReimportingChangesNothingAndAChangedValueUpdates() {
        List<ImportRow> rows = List.of(row(2, "33011", "inwoners", "2024", "35.000", STATBEL),
                row(3, "33011", "eerste-inburgeringscontracten", "2024", "120", "AGII, jaarrapport 2024"),
                row(4, "71022", "Inwoners", "2024", "79 500", STATBEL));
        assertThat(kind.check(rows, ADMIN)).isEmpty();
        assertThat(rows.stream().map(r -> kind.apply(r, ADMIN)).toList()).containsOnly(RowOutcome.CREATED);
        assertThat(stored.get("33011" + FigureKind.INHABITANTS + 2024).value()).isEqualTo(35_000);
        assertThat(stored.get("71022" + FigureKind.INHABITANTS + 2024).value()).isEqualTo(79_500);

        assertThat(kind.check(rows, ADMIN)).isEmpty();
        assertThat(rows.stream().map(r -> kind.apply(r, ADMIN)).toList()).containsOnly(RowOutcome.UNCHANGED);

        assertThat(kind.apply(row(2, "33011", "inwoners", "2024", "35001", STATBEL), ADMIN))
                .isEqualTo(RowOutcome.UPDATED);
        assertThat(kind.apply(row(2, "33011", "inwoners", "2024", "35001", "Statbel, herzien"), ADMIN))
                .isEqualTo(RowOutcome.UPDATED);
        assertThat(stored.get("33011" + FigureKind.INHABITANTS + 2024).value()).isEqualTo(35_001);
        assertThat(stored.get("33011" + FigureKind.INHABITANTS + 2024).source()).isEqualTo("Statbel, herzien");
    }

    @Test
    void everyBadRowIsListedWithItsLineAndColumn() {
        List<RowProblem> problems = kind.check(List.of(
                row(2, "99999", "inwoners", "2024", "10", STATBEL),
                row(3, "33011", "inwoners", "2024", "-5", STATBEL),
                row(4, "33011", "dieren", "2024", "5", STATBEL),
                row(5, "33011", "inwoners", "1850", "5", STATBEL),
                row(6, "33011", "inwoners", "2024", "12,5", STATBEL),
                row(7, "33021", "inwoners", "2024", "5", null),
                row(8, "33021", "inwoners", "2024", "6", STATBEL),
                row(9, "33021", "inwoners", "2024", "7", STATBEL),
                row(10, "33021", "inwoners", "2023", "99999999999999999999", STATBEL),
                row(11, "33021", "inwoners", "2022", "1000000001", STATBEL),
                row(12, null, null, null, null, "x".repeat(301))), ADMIN);

        assertThat(problems).extracting(RowProblem::line, RowProblem::column, RowProblem::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "nis_code", "unknown"),
                org.assertj.core.groups.Tuple.tuple(3, "waarde", "negative"),
                org.assertj.core.groups.Tuple.tuple(4, "soort", "unknown"),
                org.assertj.core.groups.Tuple.tuple(5, "jaar", "out-of-range"),
                org.assertj.core.groups.Tuple.tuple(6, "waarde", "not-a-number"),
                org.assertj.core.groups.Tuple.tuple(7, "bron", "required"),
                org.assertj.core.groups.Tuple.tuple(9, null, "duplicate"),
                org.assertj.core.groups.Tuple.tuple(10, "waarde", "not-a-number"),
                org.assertj.core.groups.Tuple.tuple(11, "waarde", "too-large"),
                org.assertj.core.groups.Tuple.tuple(12, "nis_code", "required"),
                org.assertj.core.groups.Tuple.tuple(12, "soort", "required"),
                org.assertj.core.groups.Tuple.tuple(12, "jaar", "required"),
                org.assertj.core.groups.Tuple.tuple(12, "waarde", "required"),
                org.assertj.core.groups.Tuple.tuple(12, "bron", "too-long"));
        assertThat(problems.get(6).reason()).contains("regel 8");
        assertThat(stored).isEmpty();
    }
}
