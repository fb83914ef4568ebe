package be.vierdepijler.regions.funding.application;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.access.Role;
import be.vierdepijler.core.imports.domain.ImportRow;
import be.vierdepijler.core.imports.domain.RowProblem;
import be.vierdepijler.regions.funding.domain.FundingCall;
import be.vierdepijler.regions.funding.domain.FundingFixtures;
import be.vierdepijler.regions.funding.domain.ProjectStatus;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every rule of the two funding import kinds' check(), against references held in memory. */
class FundingImportTest {

    private static final Caller ADMIN = new Caller(1, "admin", Role.ADMINISTRATOR, Set.of(), null, null);

    private final FundingCall pilot = FundingFixtures.pilot();
    private final Map<String, ProjectStatus> existing = new HashMap<>();
    private BigDecimal awardedOutsideTheFile = BigDecimal.ZERO;

    private final FundingReferences references = new FundingReferences() {
        @Override
        public Optional<FundingCall> call(String reference) {
            return reference.equalsIgnoreCase("oproep 507") ? Optional.of(pilot) : Optional.empty();
        }

        @Override
        public Optional<ProjectStatus> projectStatus(FundingCall call, String name) {
            return Optional.ofNullable(existing.get(name));
        }

        @Override
        public Set<String> knownMunicipalities(Set<String> nisCodes) {
            Set<String> known = new HashSet<>(nisCodes);
            known.retainAll(Set.of("33011", "33021", "71072"));
            return known;
        }

        @Override
        public boolean networkExists(String networkId) {
            return networkId.equals("westhoek");
        }

        @Override
        public List<String> trajectoryTypeIds() {
            return List.of("alternative", "buddy", "internship", "volunteering");
        }

        @Override
        public Optional<Long> organisationNamed(String name) {
            return name.equals("Vzw Samen") ? Optional.of(7L) : Optional.empty();
        }

        @Override
        public BigDecimal fixedAwardsExcept(FundingCall call, Set<String> foldedNames) {
            return awardedOutsideTheFile;
        }
    };

    private ProjectImport projects() {
        ProjectImport kind = new ProjectImport();
        kind.references = references;
        return kind;
    }

    private static ImportRow row(int line, String... pairs) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            values.put(pairs[i], pairs[i + 1]);
        }
        return new ImportRow(line, values);
    }

    private static ImportRow project(int line, String name, String... more) {
        String[] base = {"oproep", "oproep 507", "naam", name, "promotor", "Stad Ieper", "gemeenten", "33011|33021",
            "trajecttypes", "buddy|volunteering"};
        String[] all = new String[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return row(line, all);
    }

    private static List<String> summary(List<RowProblem> problems) {
        return problems.stream().map(p -> p.line() + ":" + p.column() + ":" + p.code()).toList();
    }

    @Test
    void aCleanProjectFileHasNoProblems() {
        List<RowProblem> problems = projects().check(List.of(
                project(2, "Samen in Ieper", "status", "geselecteerd", "toegekend_bedrag", "40.000,00",
                        "gevraagd_bedrag", "40000", "eigen_financiering", "40000", "vastleggingen",
                        "2020=20000|2021=20000,00"),
                project(3, "Samen in Poperinge", "status", "lopend", "toegekend_max_nog_te_bepalen", "40000,00"),
                project(4, "OESO-studie", "promotor", "OESO", "gemeenten", "", "trajecttypes", ""),
                project(5, "Netwerkproject", "gemeenten", "", "netwerk", "westhoek", "status", "beëindigd",
                        "toegekend_max_nog_te_bepalen", "ja")), ADMIN);
        assertThat(problems).isEmpty();
    }

    @Test
    void badAmountsAreProblemsAtTheirColumn() {
        assertThat(summary(projects().check(List.of(
                project(2, "A", "gevraagd_bedrag", "40.000"),
                project(3, "B", "eigen_financiering", "veel"),
                project(4, "C", "toegekend_bedrag", "100,123"),
                project(5, "D", "vastleggingen", "2020=1,5|twintig=4|2020=3")), ADMIN)))
                .containsExactly("2:gevraagd_bedrag:ambiguous-amount", "3:eigen_financiering:not-an-amount",
                        "4:toegekend_bedrag:not-an-amount", "5:vastleggingen:duplicate",
                        "5:vastleggingen:not-a-year");
        assertThat(summary(projects().check(List.of(project(2, "A", "gevraagd_bedrag", "-5")), ADMIN)))
                .containsExactly("2:gevraagd_bedrag:negative");
    }

    @Test
    void unknownCallMunicipalityTypeNetworkAndStatusAreProblems() {
        assertThat(summary(projects().check(List.of(
                project(2, "A", "oproep", "oproep 999"),
                project(3, "B", "gemeenten", "33021|99999|abc"),
                project(4, "C", "trajecttypes", "buddy|taalstage"),
                project(5, "D", "netwerk", "atlantis"),
                project(6, "E", "status", "afgerond"),
                row(7, "oproep", "oproep 507")), ADMIN)))
                .containsExactly("2:oproep:unknown-call", "3:gemeenten:unknown-municipality",
                        "4:trajecttypes:unknown-trajectory-type", "5:netwerk:unknown-network",
                        "6:status:unknown-status", "7:naam:required", "7:promotor:required");
    }

    @Test
    void theCallsRulesAreProblemsAtTheirColumn() {
        assertThat(summary(projects().check(List.of(
                project(2, "A", "gevraagd_bedrag", "40000,01", "eigen_financiering", "50000"),
                project(3, "B", "status", "geselecteerd", "toegekend_bedrag", "45000"),
                project(4, "C", "gevraagd_bedrag", "40000", "eigen_financiering", "10000"),
                project(5, "D", "status", "geselecteerd"),
                project(6, "E", "toegekend_bedrag", "100", "toegekend_max_nog_te_bepalen", "ja")), ADMIN)))
                .containsExactly("2:gevraagd_bedrag:above-call-maximum", "3:toegekend_bedrag:above-call-maximum",
                        "4:eigen_financiering:under-minimum-own-financing", "5:toegekend_bedrag:award-required",
                        "6:toegekend_bedrag:fixed-and-to-be-determined");
    }

    @Test
    void theBudgetCountsTheFileAndTheProjectsOutsideIt() {
        awardedOutsideTheFile = new BigDecimal("760000.00");
        assertThat(summary(projects().check(List.of(
                project(2, "A", "status", "geselecteerd", "toegekend_bedrag", "30000"),
                project(3, "B", "status", "geselecteerd", "toegekend_max_nog_te_bepalen", "40000"),
                project(4, "C", "status", "niet-geselecteerd", "toegekend_bedrag", "40000"),
                project(5, "D", "status", "lopend", "toegekend_bedrag", "10000,01")), ADMIN)))
                .containsExactly("5:toegekend_bedrag:above-call-budget");
    }

    @Test
    void aNaturalKeyTwiceInTheFileIsAProblem() {
        assertThat(summary(projects().check(List.of(project(2, "Samen"), project(3, "samen")), ADMIN)))
                .containsExactly("3:naam:duplicate");
    }

    @Test
    void aStatusTheProjectHasLeftBehindIsAProblem() {
        existing.put("Samen", ProjectStatus.RUNNING);
        assertThat(summary(projects().check(List.of(project(2, "Samen", "status", "geselecteerd",
                "toegekend_bedrag", "100")), ADMIN))).containsExactly("2:status:transition-not-allowed");
        existing.put("Samen", ProjectStatus.SUBMITTED);
        assertThat(projects().check(List.of(project(2, "Samen", "status", "verlengd", "toegekend_bedrag", "100")),
                ADMIN)).isEmpty();
    }

    @Test
    void theLeadIsTheOrganisationOfThatNameOrANamedBody() {
        var linked = projects().parse(project(2, "A", "promotor", "Vzw Samen"));
        assertThat(linked.details().leadOrganisationId()).isEqualTo(7L);
        assertThat(linked.details().leadName()).isNull();
        var named = projects().parse(project(2, "A", "promotor", "OESO"));
        assertThat(named.details().leadOrganisationId()).isNull();
        assertThat(named.details().leadName()).isEqualTo("OESO");
    }

    @Test
    void callRowsAreCheckedCellByCellAndByReference() {
        FundingCallImport calls = new FundingCallImport();
        String[] good = {"referentie", "oproep 507", "naam", "Proeftuinen", "soort", "proeftuinoproep",
            "financiers", "AMIF 50|VVSG 50", "totaal_budget", "800000,00", "max_per_project", "40000,00",
            "min_eigen_financiering_pct", "50", "start_vanaf", "01/09/2020", "looptijd_maanden", "24"};
        assertThat(calls.check(List.of(row(2, good)), ADMIN)).isEmpty();
        assertThat(FundingCallImport.parse(row(2, good)).details().funders()).hasSize(2);
        assertThat(summary(calls.check(List.of(
                row(2, good),
                row(3, "referentie", "OPROEP 507", "naam", "x", "soort", "netwerkoproep", "financiers", "AMIF 100",
                        "totaal_budget", "1"),
                row(4, "referentie", "r4", "naam", "x", "soort", "subsidie", "financiers", "AMIF 50|VVSG 40",
                        "totaal_budget", "40.000"),
                row(5, "referentie", "r5", "naam", "x", "soort", "projectlijn", "financiers", "AMIF 60|VVSG 30",
                        "totaal_budget", "100"),
                row(6, "referentie", "r6", "naam", "x", "soort", "projectlijn", "financiers", "AMIF",
                        "totaal_budget", "100", "start_vanaf", "2020-13-01", "min_eigen_financiering_pct", "120")),
                ADMIN))).containsExactly("3:referentie:duplicate", "4:soort:unknown-kind",
                "4:totaal_budget:ambiguous-amount", "5:financiers:shares-not-100", "6:financiers:not-a-funder",
                "6:min_eigen_financiering_pct:out-of-range", "6:start_vanaf:not-a-date");
    }

    @Test
    void onlyAdministratorsImport() {
        Caller coordinator = new Caller(2, "c", Role.NETWORK_COORDINATOR, Set.of("westhoek"), null, null);
        assertThat(projects().mayImport(coordinator)).isFalse();
        assertThat(new FundingCallImport().mayImport(coordinator)).isFalse();
        assertThat(projects().mayImport(ADMIN)).isTrue();
        assertThat(projects().key()).isEqualTo("projects");
        assertThat(new FundingCallImport().key()).isEqualTo("funding-calls");
        assertThat(projects().columns()).extracting(c -> c.name()).containsExactly("oproep", "naam", "promotor",
                "betrokken_besturen", "gemeenten", "netwerk", "omschrijving", "verwacht_resultaat", "trajecttypes",
                "gevraagd_bedrag", "eigen_financiering", "toegekend_bedrag", "toegekend_max_nog_te_bepalen",
                "status", "start", "einde", "vastleggingen");
    }
}
