package be.vierdepijler.trajectory.internship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.vierdepijler.core.profile.domain.Interest;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.spi.DatePeriod;
import be.vierdepijler.core.spi.DatedPlacements;
import be.vierdepijler.core.spi.DutchLevel;
import be.vierdepijler.core.spi.LocalizedText;
import be.vierdepijler.core.spi.LocalizedViolation;
import be.vierdepijler.core.spi.MatchContribution;
import be.vierdepijler.core.spi.MatchScoring;
import be.vierdepijler.core.spi.MatchingNewcomer;
import be.vierdepijler.core.spi.PlacementAttributes;
import be.vierdepijler.core.spi.PlacementValidator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InternshipTrajectoryTypeTest {

    private final InternshipTrajectoryType type = new InternshipTrajectoryType();

    private Map<String, Object> internship(Object... changes) {
        Map<String, Object> attributes = new HashMap<>(Map.of("hostOrganisation", "org-31", "hostKind", "company",
                "supervisor", "An Peeters", "startDate", "2025-04-07", "endDate", "2025-04-18",
                "agreementSigned", true));
        for (int i = 0; i < changes.length; i += 2) {
            attributes.put((String) changes[i], changes[i + 1]);
        }
        return attributes;
    }

    @Test
    void aDayCountsEightHoursButNotEightAndAHalf() {
        assertThat(type.hourPolicy().checkDay(new BigDecimal("8"))).isEmpty();
        assertThat(type.hourPolicy().checkDay(new BigDecimal("7.75"))).isEmpty();
        assertThat(type.hourPolicy().checkDay(new BigDecimal("8.5"))).extracting(LocalizedViolation::code)
                .containsExactly("above-daily-cap");
        assertThat(type.hourPolicy().checkDay(new BigDecimal("8.25"))).extracting(LocalizedViolation::code)
                .containsExactly("above-daily-cap");
        assertThat(type.hourPolicy().contactPersonConfirms()).as("the host's supervisor confirms").isTrue();
    }

    @Test
    void theEndMayNotFallBeforeTheStart() {
        assertThat(type.validate(internship("endDate", "2025-04-06")))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("endDate", "end-before-start"));
        assertThat(type.validate(internship("endDate", "2025-04-06"), LocalizedText.ENGLISH).get(0).message())
                .contains("before the start date 2025-04-07");
    }

    @Test
    void aOneDayInternshipEndsOnItsStartDay() {
        assertThat(type.validate(internship("endDate", "2025-04-07"))).isEmpty();
    }

    @Test
    void theAgreementMustBeSigned() {
        assertThat(type.validate(internship("agreementSigned", false)))
                .extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("agreementSigned", "agreement-not-signed"));
        assertThat(type.validate(internship("agreementSigned", "ja"))).extracting(FieldViolation::code)
                .containsExactly("not-a-boolean");
    }

    @Test
    void theHostIsACompanyAssociationOrganisationOrLocalGovernment() {
        for (String kind : new String[] {"company", "association", "organisation", "local-government"}) {
            assertThat(type.validate(internship("hostKind", kind))).as(kind).isEmpty();
        }
        assertThat(type.validate(internship("hostKind", "school"))).extracting(FieldViolation::code)
                .containsExactly("not-allowed");
    }

    @Test
    void withoutHostSupervisorOrDatesNothingStarts() {
        Map<String, Object> attributes = internship();
        attributes.remove("supervisor");
        attributes.remove("startDate");
        assertThat(type.validate(attributes)).extracting(FieldViolation::field, FieldViolation::code)
                .containsExactly(tuple("supervisor", "required"), tuple("startDate", "required"));
    }

    @Test
    void hoursCountOnlyWithinTheAgreedPeriod() {
        PlacementAttributes attributes = PlacementValidator.check(type, internship()).attributes();
        DatePeriod period = type.capability(DatedPlacements.class).orElseThrow().period(attributes).orElseThrow();
        assertThat(period).isEqualTo(new DatePeriod(LocalDate.of(2025, 4, 7), LocalDate.of(2025, 4, 18)));
        PlacementAttributes reversed = new PlacementAttributes(Map.of("startDate", LocalDate.of(2025, 4, 7),
                "endDate", LocalDate.of(2025, 4, 1)));
        assertThat(type.period(reversed)).isEmpty();
    }

    @Test
    void suitsFromA2AndReportsAsStage() {
        assertThat(type.suitability().suits(DutchLevel.A1)).isFalse();
        assertThat(type.suitability().suits(DutchLevel.A2)).isTrue();
        PlacementAttributes attributes = PlacementValidator.check(type, internship()).attributes();
        assertThat(type.reportingCategory(attributes).label().nl()).isEqualTo("Stage");
    }

    @Test
    void prefersNewcomersWhoWantToWorkInTheMatching() {
        MatchScoring scoring = type.capability(MatchScoring.class).orElseThrow();
        MatchingNewcomer wantsWork = new MatchingNewcomer(DutchLevel.A2, Set.of("ar"),
                Set.of(Interest.WORK, Interest.COOKING), Set.of());
        MatchingNewcomer wantsMusic = new MatchingNewcomer(DutchLevel.A2, Set.of("ar"), Set.of(Interest.MUSIC),
                Set.of());
        assertThat(scoring.contribution(wantsWork)).get().extracting(MatchContribution::points)
                .isEqualTo(InternshipTrajectoryType.WORK_INTEREST_POINTS);
        assertThat(scoring.contribution(wantsWork).orElseThrow().reason().nl()).contains("werk");
        assertThat(scoring.contribution(wantsMusic)).isEmpty();
    }
}
