package be.vierdepijler.core.trajectory.application;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.core.shared.FieldViolation;
import org.junit.jupiter.api.Test;

/** What a referral needs, tried with what would break it. */
class ReferralsTest {

    private static final String MOTIVATION = "Verhuist naar Gent bij familie.";

    @Test
    void aReferralToAnotherNetworkWithAMotivationIsFine() {
        assertThat(Referrals.check("44021", "gent", "westhoek", MOTIVATION, null)).isEmpty();
        assertThat(Referrals.check("44021", "gent", "westhoek", "x".repeat(10), "y".repeat(2000))).isEmpty();
    }

    @Test
    void anUnknownMunicipalityOrOneInTheSameNetworkIsRefused() {
        assertThat(Referrals.check("99999", null, "westhoek", MOTIVATION, null)).extracting(FieldViolation::code)
                .containsExactly("unknown-municipality");
        assertThat(Referrals.check("33011", "westhoek", "westhoek", MOTIVATION, null))
                .extracting(FieldViolation::code).containsExactly("same-network");
    }

    @Test
    void aMotivationOfNineOrOfThousandAndOneCharactersIsRefused() {
        assertThat(Referrals.check("44021", "gent", "westhoek", "x".repeat(9), null))
                .extracting(FieldViolation::field).containsExactly("motivation");
        assertThat(Referrals.check("44021", "gent", "westhoek", "x".repeat(1001), null))
                .extracting(FieldViolation::field).containsExactly("motivation");
        assertThat(Referrals.check("44021", "gent", "westhoek", "", null))
                .extracting(FieldViolation::code).containsExactly("required");
    }

    @Test
    void aHandoverNoteOverTwoThousandCharactersIsRefusedWithEveryOtherReason() {
        assertThat(Referrals.check("99999", null, "westhoek", "", "y".repeat(2001)))
                .extracting(FieldViolation::code)
                .containsExactly("unknown-municipality", "required", "too-long");
    }
}
