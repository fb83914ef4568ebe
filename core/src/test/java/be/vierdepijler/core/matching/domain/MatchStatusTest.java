package be.vierdepijler.core.matching.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MatchStatusTest {

    @Test
    void aNewcomerGoesFromNoMatchThroughProposedToMatched() {
        assertThat(MatchStatus.NO_MATCH.proposed()).isEqualTo(MatchStatus.PROPOSED);
        assertThat(MatchStatus.PROPOSED.approved()).isEqualTo(MatchStatus.MATCHED);
    }

    @Test
    void aRejectedProposalSendsTheNewcomerBackToWhereTheyWere() {
        assertThat(MatchStatus.PROPOSED.rejected(false)).isEqualTo(MatchStatus.NO_MATCH);
        assertThat(MatchStatus.PROPOSED.rejected(true)).isEqualTo(MatchStatus.NEEDS_REMATCH);
    }

    @Test
    void anEndedDuoNeedsARematchWhichCanBeProposedAgain() {
        assertThat(MatchStatus.MATCHED.duoEnded()).isEqualTo(MatchStatus.NEEDS_REMATCH);
        assertThat(MatchStatus.NEEDS_REMATCH.proposed()).isEqualTo(MatchStatus.PROPOSED);
        assertThat(MatchStatus.NEEDS_REMATCH.seeksBuddy()).isTrue();
        assertThat(MatchStatus.MATCHED.seeksBuddy()).isFalse();
    }

    @Test
    void noOtherStepIsAllowed() {
        assertThatThrownBy(MatchStatus.MATCHED::proposed).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(MatchStatus.PROPOSED::proposed).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(MatchStatus.NO_MATCH::approved).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> MatchStatus.MATCHED.rejected(false)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(MatchStatus.PROPOSED::duoEnded).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void codesAreKebabCase() {
        assertThat(MatchStatus.byCode("needs-rematch")).contains(MatchStatus.NEEDS_REMATCH);
        assertThat(MatchStatus.byCode("NEEDS_REMATCH")).isEmpty();
    }
}
