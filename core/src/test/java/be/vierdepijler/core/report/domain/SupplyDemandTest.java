package be.vierdepijler.core.report.domain;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.core.port.FreePlaces;
import be.vierdepijler.core.spi.DutchLevel;
import be.vierdepijler.core.spi.FieldDefinition;
import be.vierdepijler.core.spi.FieldSchema;
import be.vierdepijler.core.spi.PlacedWith;
import be.vierdepijler.core.spi.ReferenceTarget;
import be.vierdepijler.core.spi.SampleTrajectoryType;
import be.vierdepijler.core.spi.Suitability;
import be.vierdepijler.core.spi.TrajectoryType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The arithmetic of supply and demand on grouped counts: which waiting newcomers a type suits, where its supply comes
 * from, and totals that are the sums of their rows. The counts themselves come from SQL (SupplyDemandIT).
 */
class SupplyDemandTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 3);
    private static final String A = "11111";
    private static final String B = "22222";

    /** A type of its own id and minimum level; placed with a buddy when it says so, and then its schema references one. */
    private static TrajectoryType type(String id, DutchLevel minimum, boolean withBuddy) {
        return new SampleTrajectoryType() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public Suitability suitability() {
                return Suitability.fromLevel(minimum, "wie", "who");
            }

            @Override
            public PlacedWith placedWith() {
                return withBuddy ? PlacedWith.BUDDY : PlacedWith.OFFER;
            }

            @Override
            public FieldSchema schema() {
                return withBuddy ? FieldSchema.of(FieldDefinition.reference("buddy", ReferenceTarget.BUDDY)
                        .label("Buddy", "Buddy").build()) : super.schema();
            }
        };
    }

    private static final TrajectoryType ANYONE = type("anyone", DutchLevel.A0, false);
    private static final TrajectoryType PAIRED = type("paired", DutchLevel.A1, true);
    private static final TrajectoryType ADVANCED = type("advanced", DutchLevel.B1, false);

    private static Map<String, String> municipalities() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(A, "Aalter");
        m.put(B, "Brugge");
        return m;
    }

    private static SupplyDemand report(List<WaitingCount> waiting, List<FreePlaces> offers, Map<String, Long> duos) {
        return SupplyDemand.of("net", null, DAY, List.of(ANYONE, PAIRED, ADVANCED), municipalities(), waiting,
                List.of(new InterestCount(A, "sport", 2), new InterestCount(A, "cooking", 3),
                        new InterestCount(A, "music", 2)), offers, duos);
    }

    private static SupplyDemand.Row row(SupplyDemand report, String nis, String type) {
        return report.rows().stream().filter(r -> r.municipalityNis().equals(nis) && r.typeId().equals(type))
                .findFirst().orElseThrow();
    }

    @Test
    void aTypeCountsTheWaitingNewcomersItSuitsAndItsOwnKindOfSupply() {
        SupplyDemand report = report(List.of(new WaitingCount(A, DutchLevel.A0, 2),
                        new WaitingCount(A, DutchLevel.A2, 3), new WaitingCount(A, DutchLevel.B2, 1),
                        new WaitingCount(A, null, 4)),
                List.of(new FreePlaces(A, "anyone", 2, 5), new FreePlaces(A, "advanced", 1, 0),
                        new FreePlaces(A, "paired", 1, 9), new FreePlaces(B, "advanced", 1, 2)),
                Map.of(A, 3L, B, 0L));

        // An unknown level suits only a type that needs no Dutch; A0 newcomers only that type too.
        assertThat(row(report, A, "anyone").balance()).isEqualTo(new SupplyDemand.Balance(10, 5));
        assertThat(row(report, A, "paired").balance()).isEqualTo(new SupplyDemand.Balance(4, 3));
        assertThat(row(report, A, "advanced").balance()).isEqualTo(new SupplyDemand.Balance(1, 0));
        // The buddy type's supply is the buddies' free duos, never an offer of its type.
        assertThat(row(report, A, "paired").placedWith()).isEqualTo(PlacedWith.BUDDY);
        assertThat(row(report, A, "anyone").placedWith()).isEqualTo(PlacedWith.OFFER);
        assertThat(row(report, B, "advanced").balance()).isEqualTo(new SupplyDemand.Balance(0, 2));
        assertThat(row(report, B, "advanced").balance().gap()).isEqualTo(-2);
        assertThat(row(report, B, "advanced").balance().demandExceedsSupply()).isFalse();
        assertThat(row(report, A, "advanced").balance().demandExceedsSupply()).isTrue();
        assertThat(row(report, A, "paired").balance().gap()).isEqualTo(1);

        SupplyDemand.MunicipalityBalance a = report.municipalities().get(0);
        assertThat(a.name()).isEqualTo("Aalter");
        assertThat(a.waiting()).isEqualTo(10);
        assertThat(a.dutchLevelUnknown()).isEqualTo(4);
        assertThat(a.byDutchLevel()).hasSize(DutchLevel.values().length).containsEntry(DutchLevel.A2, 3L)
                .containsEntry(DutchLevel.C2, 0L);
        assertThat(a.byInterest()).containsExactly(Map.entry("cooking", 3L), Map.entry("music", 2L),
                Map.entry("sport", 2L));
        assertThat(report.municipalities().get(1).waiting()).isZero();
        assertThat(report.municipalities().get(1).byInterest()).isEmpty();
    }

    @Test
    void everyTotalIsTheSumOfItsRows() {
        SupplyDemand report = report(List.of(new WaitingCount(A, DutchLevel.B1, 5),
                        new WaitingCount(B, DutchLevel.A1, 2)),
                List.of(new FreePlaces(A, "anyone", 1, 1), new FreePlaces(B, "advanced", 2, 7)),
                Map.of(B, 1L));

        assertThat(report.rows()).hasSize(6);
        assertThat(report.rows().stream().map(SupplyDemand.Row::municipalityNis).toList())
                .containsExactly(A, A, A, B, B, B);
        for (SupplyDemand.MunicipalityBalance m : report.municipalities()) {
            assertThat(m.balance()).isEqualTo(report.rows().stream()
                    .filter(r -> r.municipalityNis().equals(m.municipalityNis())).map(SupplyDemand.Row::balance)
                    .reduce(SupplyDemand.Balance.ZERO, SupplyDemand.Balance::plus));
        }
        for (SupplyDemand.TypeBalance t : report.types()) {
            assertThat(t.balance()).isEqualTo(report.rows().stream().filter(r -> r.typeId().equals(t.typeId()))
                    .map(SupplyDemand.Row::balance).reduce(SupplyDemand.Balance.ZERO, SupplyDemand.Balance::plus));
        }
        assertThat(report.total()).isEqualTo(new SupplyDemand.Balance(5 * 3 + 2 * 2, 1 + 7 + 1));
        assertThat(report.total().gap()).isEqualTo(19 - 9);
        assertThat(report.waiting()).isEqualTo(7);
        assertThat(report.types().stream().map(SupplyDemand.TypeBalance::minimumDutchLevel).toList())
                .containsExactly(DutchLevel.A0, DutchLevel.A1, DutchLevel.B1);
    }

    @Test
    void countsOfAMunicipalityOutsideTheListAreKeptNotDropped() {
        SupplyDemand report = report(List.of(new WaitingCount("99999", DutchLevel.A1, 1)), List.of(), Map.of());
        assertThat(report.municipalities()).extracting(SupplyDemand.MunicipalityBalance::municipalityNis)
                .containsExactly(A, B, "99999");
        assertThat(report.total().demand()).isEqualTo(2);
    }
}
