package be.vierdepijler.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * No personal data in any log line (docs/security-and-privacy.md, docs/operations.md "Metrics and logs"): after every
 * other test class of the run (junit-platform.properties orders by {@link Order}; {@link SuiteProgress} shows that it
 * did), the whole server log of the suite is scanned for every personal value the database holds now, for e-mail
 * addresses and national register numbers, and for the names the tests give people, also those erased since
 * ({@link PersonalDataScan}).
 */
@Fixtures(PersonalValuesFixture.class)
@Order(Integer.MAX_VALUE)
class PersonalDataInLogIT extends TrajectoryTestSupport {

    @Test
    void runsAfterEveryOtherTestClassOfTheRun() {
        Set<String> planned = SuiteProgress.planned();
        assertThat(planned).as("the run's test classes, as the listener saw them").contains(getClass().getName());
        Set<String> others = planned.stream().filter(c -> !c.equals(getClass().getName())).collect(Collectors.toSet());
        assertThat(SuiteProgress.finished()).as("classes finished before the log scan").containsAll(others);
    }

    @Test
    void noLineOfTheSuitesServerLogHoldsPersonalData() {
        // a person of this test, whose name, address and phone the requests carried
        participates(IEPER);
        createNewcomer(api(), newcomer("Logscanner", IEPER, "running")
                .replace("\"email\":\"n@example.org\"", "\"email\":\"logscan." + unique() + "@example.org\","
                        + "\"phone\":\"+32 470 99 00 11\""));
        List<String> values = api().get("/test-fixtures/personal-values").then().statusCode(200).extract()
                .jsonPath().getList("$", String.class);
        assertThat(values).as("personal values in the database").contains("Logscanner");

        List<String> lines = ServerLog.lines();
        assertThat(lines).as("the server log of the suite").hasSizeGreaterThan(50);
        PersonalDataScan scan = new PersonalDataScan(values);
        List<String> findings = new ArrayList<>();
        for (int i = 0; i < lines.size() && findings.size() < 20; i++) {
            for (String finding : scan.findings(lines.get(i))) {
                findings.add(finding + " in line " + (i + 1) + ": " + lines.get(i));
            }
        }
        assertThat(findings).as("personal data in the server log").isEmpty();
    }
}
