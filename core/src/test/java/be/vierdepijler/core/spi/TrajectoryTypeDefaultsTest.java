package be.vierdepijler.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The default methods of the SPI: categories, capabilities, suitability. */
class TrajectoryTypeDefaultsTest {

    /** Everything from the sample but its categories, and no choice among them: the SPI's defaults answer. */
    record Defaults(List<ReportingCategory> reportingCategories) implements TrajectoryType {
        private static final SampleTrajectoryType SAMPLE = new SampleTrajectoryType();

        @Override
        public String id() {
            return SAMPLE.id();
        }

        @Override
        public LocalizedText label() {
            return SAMPLE.label();
        }

        @Override
        public LocalizedText description() {
            return SAMPLE.description();
        }

        @Override
        public FieldSchema schema() {
            return SAMPLE.schema();
        }

        @Override
        public Suitability suitability() {
            return SAMPLE.suitability();
        }

        @Override
        public HourPolicy hourPolicy() {
            return SAMPLE.hourPolicy();
        }

        @Override
        public PlacedWith placedWith() {
            return SAMPLE.placedWith();
        }
    }

    @Test
    void aSingleCategoryIsTheOneEveryPlacementCountsUnder() {
        assertThat(new Defaults(List.of(SampleTrajectoryType.CITY)).reportingCategory(PlacementAttributes.empty())).isEqualTo(
                SampleTrajectoryType.CITY);
    }

    @Test
    void severalCategoriesNeedTheTypeToChoose() {
        assertThatThrownBy(() -> new Defaults(List.of(SampleTrajectoryType.CITY, SampleTrajectoryType.NATURE)).reportingCategory(PlacementAttributes.empty()))
                .hasMessageContaining("has 2 reporting categories");
        SampleTrajectoryType sample = new SampleTrajectoryType();
        assertThat(sample.reportingCategory(new PlacementAttributes(Map.of("terrain", "nature"))))
                .isEqualTo(SampleTrajectoryType.NATURE);
    }

    @Test
    void aCapabilityIsFoundOnlyWhenTheTypeHasIt() {
        SampleTrajectoryType sample = new SampleTrajectoryType();
        PlacementAttributes attributes = new PlacementAttributes(Map.of("firstWalk", LocalDate.of(2025, 3, 1),
                "lastWalk", LocalDate.of(2025, 3, 31)));
        assertThat(sample.capability(DatedPlacements.class)).get()
                .satisfies(dated -> assertThat(dated.period(attributes)).contains(new DatePeriod(
                        LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31))));
        assertThat(sample.capability(Runnable.class)).isEmpty();
        assertThat(new Defaults(List.of(SampleTrajectoryType.CITY)).capability(DatedPlacements.class)).isEmpty();
    }

    @Test
    void aPeriodHoldsItsFirstAndLastDay() {
        DatePeriod march = new DatePeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31));
        assertThat(march.contains(LocalDate.of(2025, 3, 1))).isTrue();
        assertThat(march.contains(LocalDate.of(2025, 3, 31))).isTrue();
        assertThat(march.contains(LocalDate.of(2025, 4, 1))).isFalse();
        assertThat(new DatePeriod(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 1)).contains(LocalDate.of(2025, 3,
                1))).isTrue();
        assertThatThrownBy(() -> new DatePeriod(LocalDate.of(2025, 3, 2), LocalDate.of(2025, 3, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void suitabilityComparesDutchLevelsOnTheCefrScale() {
        Suitability a2 = Suitability.fromLevel(DutchLevel.A2, "x", "y");
        assertThat(a2.suits(DutchLevel.A1)).isFalse();
        assertThat(a2.suits(DutchLevel.A2)).isTrue();
        assertThat(a2.suits(DutchLevel.B1)).isTrue();
        assertThat(a2.suits(null)).as("an unassessed newcomer").isFalse();
        assertThat(Suitability.fromLevel(DutchLevel.A0, "x", "y").suits(null)).isTrue();
        assertThat(DutchLevel.parse(" b1 ")).contains(DutchLevel.B1);
        assertThat(DutchLevel.parse("B3")).isEmpty();
        assertThat(DutchLevel.parse(null)).isEmpty();
    }

    @Test
    void noRulesBeyondTheSchemaByDefault() {
        assertThat(new Defaults(List.of(SampleTrajectoryType.CITY)).checkRules(new PlacementAttributes(Map.of(
                "firstWalk", LocalDate.of(2025, 3, 2), "lastWalk", LocalDate.of(2025, 3, 1))))).isEmpty();
    }

    @Test
    void textsFollowTheLanguageAndDutchIsTheDefault() {
        LocalizedText text = LocalizedText.of("Stage", "Internship");
        assertThat(text.in(LocalizedText.ENGLISH)).isEqualTo("Internship");
        assertThat(text.in(java.util.Locale.forLanguageTag("en-GB"))).isEqualTo("Internship");
        assertThat(text.in(java.util.Locale.FRENCH)).isEqualTo("Stage");
        assertThat(text.in(null)).isEqualTo("Stage");
        assertThatThrownBy(() -> LocalizedText.of("Stage", "")).isInstanceOf(IllegalArgumentException.class);
    }
}
