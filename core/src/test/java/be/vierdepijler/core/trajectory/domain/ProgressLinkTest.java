package be.vierdepijler.core.trajectory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.vierdepijler.core.shared.LinkToken;
import be.vierdepijler.core.shared.PublicLanguages;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProgressLinkTest {

    private static final Instant NOW = Instant.parse("2026-03-10T10:00:00Z");

    @Test
    void onlyTheHashOfARandomTokenIsKept() {
        ProgressLink.Issued one = ProgressLink.issue(1, "ar", "anna", NOW);
        ProgressLink.Issued two = ProgressLink.issue(1, "ar", "anna", NOW);
        assertThat(one.token()).matches("[A-Za-z0-9_-]{43}").isNotEqualTo(two.token());
        assertThat(one.link().tokenHash()).hasSize(64).isEqualTo(LinkToken.hash(one.token()))
                .doesNotContain(one.token());
        assertThat(one.link().language()).isEqualTo("ar");
        assertThat(one.link().createdBy()).isEqualTo("anna");
    }

    @Test
    void aLinkWorksForHalfAYearAndThenExpires() {
        assertThat(ProgressLink.VALIDITY).isEqualTo(Duration.ofDays(180));
        ProgressLink link = ProgressLink.issue(1, "nl", "anna", NOW).link();
        assertThat(link.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(180)));
        assertThat(link.stateAt(NOW)).isEqualTo(ProgressLink.State.ACTIVE);
        assertThat(link.stateAt(link.expiresAt().minusSeconds(1))).isEqualTo(ProgressLink.State.ACTIVE);
        assertThat(link.stateAt(link.expiresAt())).isEqualTo(ProgressLink.State.EXPIRED);
    }

    @Test
    void aRevokedLinkStaysRevokedByWhoeverRevokedItFirst() {
        ProgressLink link = ProgressLink.issue(1, "nl", "anna", NOW).link();
        assertThat(link.revoke("bert", NOW.plusSeconds(10))).isTrue();
        assertThat(link.revoke("carla", NOW.plusSeconds(20))).isFalse();
        assertThat(link.stateAt(NOW.plusSeconds(30))).isEqualTo(ProgressLink.State.REVOKED);
        assertThat(link.stateAt(link.expiresAt().plusSeconds(1))).isEqualTo(ProgressLink.State.REVOKED);
        assertThat(link.revokedBy()).isEqualTo("bert");
        assertThat(link.revokedAt()).isEqualTo(NOW.plusSeconds(10));
        assertThat(ProgressLink.State.REVOKED.code()).isEqualTo("revoked");
    }

    @Test
    void anExpiredLinkIsNotRevokedAfterwards() {
        ProgressLink link = ProgressLink.issue(1, "nl", "anna", NOW).link();
        assertThat(link.revoke("bert", link.expiresAt().plusSeconds(1))).isFalse();
        assertThat(link.stateAt(link.expiresAt().plusSeconds(1))).isEqualTo(ProgressLink.State.EXPIRED);
        assertThat(link.revokedAt()).isNull();
    }

    @Test
    void onlyThePublicPagesLanguagesAreAccepted() {
        for (String language : PublicLanguages.CODES) {
            assertThat(ProgressLink.issue(1, language, "anna", NOW).link().language()).isEqualTo(language);
        }
        assertThatThrownBy(() -> ProgressLink.issue(1, "de", "anna", NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProgressLink.issue(1, null, "anna", NOW))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
