package be.vierdepijler.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The log scan of {@link PersonalDataInLogIT} finds what it must, and not what is no person's. */
class PersonalDataScanTest {

    private final PersonalDataScan scan = new PersonalDataScan(List.of("Amira", "El Idrissi", "0470 12 34 56", "Jan"));

    @Test
    void findsAStoredValueAsAWholeWord() {
        assertThat(scan.findings("INFO [x] (t) abc Newcomer Amira created")).hasSize(1);
        assertThat(scan.findings("INFO created for El Idrissi.")).hasSize(1);
        assertThat(scan.findings("call 0470 12 34 56 now")).hasSize(1);
        assertThat(scan.findings("INFO Amiras and XAmira are other words")).isEmpty();
        assertThat(scan.findings("Adding properties for entity: be.vierdepijler.newcomer.Amira")).isEmpty();
    }

    /** Read word by word, a line still finds a value wherever it stands and however it begins. */
    @Test
    void findsAValueAtEitherEndOfTheLineOrStartingWithASignAndEachOnlyOnce() {
        PersonalDataScan more = new PersonalDataScan(List.of("+32 470 99 00 11", "El Idrissi", "Idrissi", "Ngozi"));
        assertThat(more.findings("Ngozi")).containsExactly("value: Ngozi");
        assertThat(more.findings("phone +32 470 99 00 11")).containsExactly("value: +32 470 99 00 11");
        assertThat(more.findings("phone 32 470 99 00 11")).isEmpty();
        assertThat(more.findings("El Idrissi and El Idrissi again")).containsExactly("value: El Idrissi",
                "value: Idrissi");
        assertThat(more.findings("El Idrissiya, Ngozi2, x.Ngozi")).isEmpty();
        assertThat(more.findings("(Ngozi)")).containsExactly("value: Ngozi");
    }

    @Test
    void skipsValuesTooShortToBeFoundByTheirText() {
        assertThat(scan.findings("INFO Jan was here")).isEmpty();
    }

    @Test
    void findsAnyEmailAddressButTheSystemsOwn() {
        assertThat(scan.findings("mail to someone@example.org failed")).containsExactly(
                "e-mail address: someone@example.org");
        assertThat(scan.findings("from vierdepijler-test@example.org")).isEmpty();
        assertThat(scan.findings("\tat org.wildfly.clustering.function@9.0.2.Final//org.wildfly.clustering.function.Runner"))
                .isEmpty();
    }

    @Test
    void findsBelgianNationalNumbersWithRightCheckDigits() {
        // 85.07.30-033.28: 850730033 mod 97 = 69, 97 - 69 = 28
        assertThat(scan.findings("INSZ 85.07.30-033.28 seen")).hasSize(1);
        assertThat(scan.findings("INSZ 85073003328 seen")).hasSize(1);
        // born in 2000 or later: the check digits are computed over 2 followed by the nine digits
        assertThat(PersonalDataScan.isNationalNumber("00012556777")).isTrue();
        assertThat(PersonalDataScan.isNationalNumber("00012556748")).isTrue();
        assertThat(scan.findings("id 85073003329 and 2026-12-05 02:17:12,284 and 12345678901")).isEmpty();
        // request ids, as the final run before a stop found them: UUIDs whose hex holds 11 digits with valid checks
        assertThat(scan.findings("(default task-14) 7119f236-1138-4664-863b-a87414351745 POST /api/v1/trajectories"))
                .isEmpty();
        assertThat(scan.findings("e47157a8-f8ec-4e4d-a49d-49346737971f GET")).isEmpty();
    }

    @Test
    void findsTheLastNamesTheTestsGivePeopleAfterTheyWereErased() {
        assertThat(scan.findings("erased Test1x2y3z4a5b")).containsExactly("test person's name: Test1x2y3z4a5b");
        assertThat(scan.findings("Buddy0mb2k3l4pq joined")).hasSize(1);
        assertThat(scan.findings("TestData Testcontainers Buddyabcdefghi")).isEmpty();
    }
}
