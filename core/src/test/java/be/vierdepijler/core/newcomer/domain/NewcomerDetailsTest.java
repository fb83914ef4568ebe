package be.vierdepijler.core.newcomer.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.vierdepijler.core.privacy.domain.ConsentPurpose;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.spi.DutchLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NewcomerDetailsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Test
    void readsTheSharedVocabulary() {
        NewcomerDetails d = NewcomerDetails.parse(new NewcomerDetails.Raw(" Amina ", "El Idrissi", null, null,
                "Obliged", "33021", "a2", List.of("AR", "nl"), List.of("cooking"), List.of("wed-afternoon"), "cvo",
                "2025-01-15", "ended", "2025-09-01", Map.of("matching", true)), TODAY);
        assertThat(d.firstName()).isEqualTo("Amina");
        assertThat(d.integrationStatus()).isEqualTo(IntegrationStatus.OBLIGED);
        assertThat(d.dutchLevel()).isEqualTo(DutchLevel.A2);
        assertThat(d.languages()).containsExactlyInAnyOrder("ar", "nl");
        assertThat(d.referralChannel()).isEqualTo(ReferralChannel.CVO);
        assertThat(d.integrationEndedOn()).isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(d.consents()).containsEntry(ConsentPurpose.MATCHING, true);
    }

    @Test
    void reportsEveryProblemAtOnce() {
        assertThatThrownBy(() -> NewcomerDetails.parse(new NewcomerDetails.Raw("", null, "no-mail", null, "x",
                "3302", "Z9", List.of("xx"), List.of("knitting"), List.of("someday"), null, "2099-01-01", "ended",
                null, Map.of("spam", true)), TODAY)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting("field").containsExactly("firstName", "lastName", "email",
                        "integrationStatus", "municipalityNis", "dutchLevel", "languages[0]", "interests[0]",
                        "availability[0]", "referralChannel", "integrationContractDate", "integrationEndedOn",
                        "consents.spam"));
    }
}
