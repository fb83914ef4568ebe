package be.vierdepijler.regions.organisation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The organisation's consent to be listed in the public finder: who set it and when, untouched by other changes. */
class OrganisationPublicListingTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(3600);

    private static OrganisationDetails details(String name) {
        return new OrganisationDetails(name, OrganisationKind.ASSOCIATION, "33021", null, null, null, true, List.of());
    }

    @Test
    void noConsentUntilRecordedThenWhoAndWhen() {
        Organisation o = new Organisation(details("Vzw Buurt"), NOW);
        assertThat(o.publicListing()).isFalse();
        assertThat(o.publicListingBy()).isNull();
        assertThat(o.publicListingAt()).isNull();
        o.listPublicly(true, "coordinator", NOW);
        assertThat(o.publicListing()).isTrue();
        assertThat(o.publicListingBy()).isEqualTo("coordinator");
        assertThat(o.publicListingAt()).isEqualTo(NOW);
        o.listPublicly(true, "other", LATER);
        assertThat(o.publicListingBy()).as("the same consent again changes nothing").isEqualTo("coordinator");
        o.listPublicly(false, "officer", LATER);
        assertThat(o.publicListing()).isFalse();
        assertThat(o.publicListingBy()).isEqualTo("officer");
        assertThat(o.publicListingAt()).isEqualTo(LATER);
    }

    @Test
    void aChangeOfTheOtherFieldsKeepsTheConsent() {
        Organisation o = new Organisation(details("Vzw Buurt"), NOW);
        o.listPublicly(true, "coordinator", NOW);
        o.apply(details("Vzw Buurt en Zo"));
        assertThat(o.publicListing()).isTrue();
        assertThat(o.publicListingBy()).isEqualTo("coordinator");
    }
}
