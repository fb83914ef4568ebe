package be.vierdepijler.core.participation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.vierdepijler.core.shared.ConflictException;
import be.vierdepijler.core.shared.FieldViolation;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RequestFormTest {

    private static RequestForm form(String firstName, String phone, String email, Long offerId, Boolean consent) {
        return new RequestForm(firstName, "33021", phone, email, offerId, "ar", consent, true);
    }

    @Test
    void aCompleteFormBreaksNoRule() {
        assertThat(form("Amina", "0470 12 34 56", null, null, true).violations()).isEmpty();
        assertThat(form("Amina", null, "amina@example.org", 7L, true).violations()).isEmpty();
    }

    @Test
    void everyMissingOrWrongFieldIsNamed() {
        assertThat(new RequestForm(" ", null, null, null, null, "de", false, null).violations())
                .extracting(FieldViolation::field)
                .containsExactly("firstName", "municipalityNis", "contact", "language", "consent");
        assertThat(form("x".repeat(81), "12", "not-an-address", null, null).violations())
                .extracting(FieldViolation::field).containsExactly("firstName", "email", "phone", "consent");
        assertThat(form("x".repeat(80), "+32 (0)470/12.34.56", null, null, true).violations()).isEmpty();
        assertThat(form("Amina", "0470 12 34 56 <script>", null, null, true).violations())
                .extracting(FieldViolation::field).containsExactly("phone");
    }

    @Test
    void aRepeatIsRecognisedByTheNormalisedContactAndTheOffer() {
        assertThat(form("Amina", null, " Amina@Example.org ", 7L, true).fingerprint())
                .isEqualTo(form("Ami", "0470123456", "amina@example.org", 7L, true).fingerprint())
                .isNotEqualTo(form("Amina", null, "amina@example.org", 8L, true).fingerprint())
                .isNotEqualTo(form("Amina", null, "amina@example.org", null, true).fingerprint());
        assertThat(form("A", "0470 12 34 56", null, null, true).fingerprint())
                .isEqualTo(form("B", "0470/123456", null, null, true).fingerprint()).hasSize(64);
    }

    @Test
    void aRequestIsHandledOnceOnly() {
        ParticipationRequest r = new ParticipationRequest(RequestReference.random(new Random(1)),
                form("Amina", "0470123456", null, null, true), "westhoek", null, Instant.EPOCH);
        assertThat(r.status()).isEqualTo(RequestStatus.OPEN);
        assertThat(r.reference()).matches(RequestReference.PATTERN);
        r.takeIn(5L, "sara", Instant.EPOCH.plusSeconds(60));
        assertThat(r.status()).isEqualTo(RequestStatus.TAKEN_IN);
        assertThat(r.newcomerId()).isEqualTo(5L);
        assertThatThrownBy(() -> r.decline("dubbel", "sara", Instant.EPOCH)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> r.takeIn(6L, "sara", Instant.EPOCH)).isInstanceOf(ConflictException.class);
    }

    @Test
    void scopesSeeTheirOwnOnly() {
        ParticipationRequest shared = new ParticipationRequest("AV-2222-2222",
                form("Amina", "0470123456", null, 7L, true), "westhoek", 42L, Instant.EPOCH);
        assertThat(RequestScope.all().covers(shared)).isTrue();
        assertThat(RequestScope.networks(java.util.Set.of("westhoek")).covers(shared)).isTrue();
        assertThat(RequestScope.networks(java.util.Set.of("limburg")).covers(shared)).isFalse();
        assertThat(RequestScope.organisation(42L).covers(shared)).isTrue();
        assertThat(RequestScope.organisation(43L).covers(shared)).isFalse();
        ParticipationRequest notShared = new ParticipationRequest("AV-3333-3333",
                new RequestForm("Amina", "33021", "0470123456", null, 7L, "nl", true, false), "westhoek", 42L,
                Instant.EPOCH);
        assertThat(RequestScope.organisation(42L).covers(notShared)).isFalse();
    }
}
