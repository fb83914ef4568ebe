package be.vierdepijler.core.trajectory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConfirmationLinkTest {

    private static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");

    @Test
    void onlyTheHashOfARandomTokenIsKept() {
        ConfirmationLink.Issued one = ConfirmationLink.issue(1, 2, "Els", "anna", NOW);
        ConfirmationLink.Issued two = ConfirmationLink.issue(1, 2, "Els", "anna", NOW);
        assertThat(one.token()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(two.token());
        assertThat(ConfirmationLink.hash(one.token())).hasSize(64).isNotEqualTo(one.token())
                .isEqualTo(ConfirmationLink.hash(one.token()));
    }

    @Test
    void aLinkWorksForTwoWeeksAndOnce() {
        ConfirmationLink link = ConfirmationLink.issue(1, 2, "Els", "anna", NOW).link();
        assertThat(link.usableAt(NOW.plus(ConfirmationLink.VALIDITY).minusSeconds(1))).isTrue();
        assertThat(link.usableAt(NOW.plus(ConfirmationLink.VALIDITY))).isFalse();
        link.use(NOW.plusSeconds(60));
        assertThat(link.usableAt(NOW.plusSeconds(120))).isFalse();
    }
}
