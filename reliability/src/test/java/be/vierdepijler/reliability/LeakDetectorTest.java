package be.vierdepijler.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.reliability.HostileValues.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeakDetectorTest {

    @Test
    void findsStackTracesContainerNamesAndSql() {
        assertThat(LeakDetector.find("java.lang.NullPointerException\n\tat be.vierdepijler.X.y(X.java:12)"))
                .isNotEmpty();
        assertThat(LeakDetector.find("{\"detail\":\"org.apache.commons.csv.CSVException: EOF\"}")).isNotEmpty();
        assertThat(LeakDetector.find("<html><body>Error processing request - UT000068</body></html>")).isNotEmpty();
        assertThat(LeakDetector.find("RESTEASY003210: Could not find resource")).isNotEmpty();
        assertThat(LeakDetector.find("could not execute statement [ERROR: invalid byte sequence for encoding")).isNotEmpty();
        assertThat(LeakDetector.find("select n1_0.id,n1_0.first_name from newcomer n1_0 where n1_0.id=?")).isNotEmpty();
        assertThat(LeakDetector.find("ERROR: duplicate key value violates unique constraint \"uk_user\"")).isNotEmpty();
        assertThat(LeakDetector.find("Powered by WildFly / JBoss")).isNotEmpty();
    }

    @Test
    void anAnswerEchoingAHostileValueIsNoLeak() {
        List<Value> all = new ArrayList<>();
        all.addAll(HostileValues.STRINGS);
        all.addAll(HostileValues.NUMBERS);
        all.addAll(HostileValues.DATES);
        all.addAll(HostileValues.PATH);
        all.addAll(HostileValues.QUERY);
        all.addAll(HostileValues.SORT);
        all.addAll(HostileValues.MALFORMED);
        all.addAll(HostileValues.WRONG_TYPES);
        for (Value v : all) {
            assertThat(LeakDetector.find("{\"firstName\":" + v.json() + ",\"detail\":\"" + v.name() + "\"}"))
                    .as(v.name()).isEmpty();
        }
    }

    @Test
    void theApplicationsOwnProblemsAndDataAreNoLeak() {
        assertThat(LeakDetector.find("{\"detail\":\"2 velden zijn niet in orde.\",\"status\":400,\"title\":"
                + "\"Ongeldige invoer\",\"type\":\"urn:vierdepijler:problem:invalid-input\",\"violations\":[{\"code\":"
                + "\"required\",\"field\":\"attributes.subtype\",\"message\":\"'Soort activiteit' is verplicht.\"}]}"))
                .isEmpty();
        assertThat(LeakDetector.find("{\"email\":\"n@example.org\",\"website\":\"https://www.vzw.org/\","
                + "\"note\":\"Select a date from the list\"}")).isEmpty();
    }

    @Test
    void binaryAnswersAreNotScanned() {
        assertThat(LeakDetector.scannable("application/pdf")).isFalse();
        assertThat(LeakDetector.scannable("image/png")).isFalse();
        assertThat(LeakDetector.scannable("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .isFalse();
        assertThat(LeakDetector.scannable("application/problem+json")).isTrue();
        assertThat(LeakDetector.scannable(null)).isTrue();
    }
}
