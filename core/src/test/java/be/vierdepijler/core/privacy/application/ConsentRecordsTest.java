package be.vierdepijler.core.privacy.application;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.core.audit.application.AuditEntry;
import be.vierdepijler.core.privacy.application.ConsentRecords.ConsentAnswer;
import be.vierdepijler.core.privacy.domain.Consent;
import be.vierdepijler.core.privacy.domain.ConsentPurpose;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsentRecordsTest {

    private static final Instant JANUARY = Instant.parse("2026-01-05T10:00:00Z");
    private static final Instant MARCH = Instant.parse("2026-03-10T09:30:00Z");

    private static AuditEntry revision(long number, List<Map<String, Object>> consents) {
        return new AuditEntry(number, JANUARY, "els", "buddy", "7", "changed", Map.of("consents", consents));
    }

    @Test
    void theAuditedStateHoldsEveryAnswerByPurpose() {
        List<Map<String, Object>> state = ConsentRecords.auditState(List.of(
                new Consent(ConsentPurpose.SHARE_WITH_PARTNERS, false, MARCH, "public-form"),
                new Consent(ConsentPurpose.MATCHING, true, JANUARY, "els")));
        assertThat(state).extracting(c -> c.get("purpose")).containsExactly("matching", "share-with-partners");
        assertThat(state.get(0)).containsEntry("granted", true).containsEntry("recordedAt", JANUARY)
                .containsEntry("recordedBy", "els");
    }

    @Test
    void theHistoryIsEveryDistinctAnswerOldestFirstWithItsDutchLabel() {
        Consent givenInJanuary = new Consent(ConsentPurpose.MATCHING, true, JANUARY, "els");
        Consent withdrawnInMarch = new Consent(ConsentPurpose.MATCHING, false, MARCH, "public-form");
        // Revisions newest first, and one answer repeated in two revisions: it is told once.
        List<ConsentAnswer> history = ConsentRecords.history(List.of(
                revision(3, ConsentRecords.auditState(List.of(withdrawnInMarch))),
                revision(2, ConsentRecords.auditState(List.of(givenInJanuary))),
                revision(1, ConsentRecords.auditState(List.of(givenInJanuary))),
                new AuditEntry(0, JANUARY, "els", "buddy", "7", "created", Map.of())));
        assertThat(history).containsExactly(
                new ConsentAnswer("matching", "Koppelen aan een buddy of aanbod", true, JANUARY, "els"),
                new ConsentAnswer("matching", "Koppelen aan een buddy of aanbod", false, MARCH, "public-form"));
        assertThat(ConsentRecords.current(List.of(withdrawnInMarch))).containsExactly(history.get(1));
    }
}
