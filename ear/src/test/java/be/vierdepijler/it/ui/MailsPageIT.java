package be.vierdepijler.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.it.Fixtures;
import be.vierdepijler.it.MailFixture;
import be.vierdepijler.it.TestData;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The outgoing e-mails as an administrator: a mail written without SMTP shows as not sent, one whose attempt failed
 * (nobody listens on the test server's SMTP port here) as waiting, with its attempts, next attempt and error; the
 * status filter narrows the list through the address; no content is shown. The mails come from {@link MailFixture},
 * deployed with this test only.
 */
@Fixtures(MailFixture.class)
class MailsPageIT extends BrowserTest {

    private Map<String, String> mail(String kind, String reference, String recipient) {
        return Map.of("kind", kind, "reference", reference, "recipient", recipient, "subject", "Uren bevestigen",
                "body", "Bevestig via https://vierdepijler.example/#/confirm/GEHEIM-" + reference);
    }

    @Test
    void showsWhatWasSentWhatWaitsAndWhyNeverTheContent() throws InterruptedException {
        String u = TestData.unique();
        String kind = "it-page-" + u;
        api().contentType("application/x-www-form-urlencoded")
                .formParams(mail(kind, "pagina:zonder-" + u, "zonder." + u + "@example.org"))
                .post("/test-fixtures/mails/without-smtp").then().statusCode(200);
        api().contentType("application/x-www-form-urlencoded")
                .formParams(mail(kind, "pagina:wacht-" + u, "wacht." + u + "@example.org"))
                .post("/test-fixtures/mails").then().statusCode(200);
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (api().queryParam("reference", "pagina:wacht-" + u).get("/test-fixtures/mails").jsonPath()
                .getString("lastError") == null) {
            assertThat(System.nanoTime()).as("a failed attempt").isLessThan(end);
            Thread.sleep(200);
        }
        try {
            open("/mails?kind=" + kind);
            assertThat(heading()).isEqualTo("Uitgaande e-mails");
            assertThat(find(By.cssSelector("nav.nav [aria-current=page]")).getText()).isEqualTo("E-mails");
            waitForText(By.cssSelector("[data-testid=result-count]"), "2 e-mails gevonden");
            assertThat(valueOf(By.id("filter-kind"))).isEqualTo(kind);

            String waiting = "[data-testid=mails] tbody tr:first-child";
            assertThat(find(By.cssSelector(waiting)).getAttribute("data-status")).isEqualTo("queued");
            assertThat(textOf(By.cssSelector(waiting))).contains("In de wachtrij", "wacht." + u + "@example.org",
                    "pagina:wacht-" + u, "volgende poging", "Connection refused");
            String notSent = "[data-testid=mails] tbody tr:last-child";
            assertThat(textOf(By.cssSelector(notSent))).contains("Niet verzonden (geen mailserver)",
                    "zonder." + u + "@example.org");
            assertThat(textOf(By.cssSelector("main"))).doesNotContain("GEHEIM", "Bevestig via");
            assertEveryTextTranslated();
            screenshot("mails");

            choose(By.id("filter-status"), "Niet verzonden (geen mailserver)");
            waitForText(By.cssSelector("[data-testid=result-count]"), "1 e-mail gevonden");
            assertThat(browser().getCurrentUrl()).contains("status=not-configured");
            assertThat(find(By.cssSelector("[data-testid=mails] tbody tr")).getAttribute("data-status"))
                    .isEqualTo("not-configured");
        } finally {
            // Leave no mail retrying for the tests after this one.
            api().post("/test-fixtures/mails/kinds/" + kind + "/removal").then().statusCode(200);
        }
    }
}
