package be.vierdepijler.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The newcomer's own progress page (/aanbod/#/progress/<token>) on a phone: hours confirmed, waiting and still
 * needed with a bar and icons, per activity; in the newcomer's language unless they chose another on this phone; an
 * expired, revoked or unknown link in plain words; axe in Dutch and Arabic; the page's weight.
 */
class ProgressPageIT extends NewcomerPageTest {

    static final String PROGRESS = """
            {"firstName":"Amina","language":"ar","status":"active","targetHours":40,"confirmedHours":12,
             "pendingHours":4.5,"remainingHours":23.5,"expiresAt":"2027-03-01T00:00:00Z","activities":[
              {"title":"Praatgroep Veurne","typeLabel":"Alternatief traject","categoryLabel":"Conversatiegroep",
               "confirmedHours":12,"pendingHours":4.5,"lastDay":"2026-11-25"}]}
            """;

    @Test
    void showsTheHoursInTheNewcomersOwnLanguageRightToLeft() {
        stub(answers("progress/t0k3n", Answer.ok(PROGRESS)));
        openPublic("/progress/t0k3n");
        waitUntil(d -> "ar".equals(htmlAttribute("lang")) ? true : null);
        assertThat(htmlAttribute("dir")).isEqualTo("rtl");
        find(By.cssSelector("[data-testid=progress-confirmed]"));
        assertThat(heading()).isEqualTo(text("ar", "progress.title"));
        assertThat(textOf(By.cssSelector("[data-testid=progress-hello]"))).contains("Amina");
        assertThat(textOf(By.cssSelector("[data-testid=progress-confirmed]")))
                .isEqualTo(text("ar", "progress.confirmed").replace("{hours}", "12"));
        assertThat(textOf(By.cssSelector("[data-testid=progress-remaining]"))).contains("23");
        // The bar: confirmed 12 of 40 is 30 %, from the right in Arabic.
        WebElement bar = find(By.cssSelector("[data-testid=progress-bar]"));
        WebElement confirmed = bar.findElement(By.cssSelector(".bar__part--confirmed"));
        double share = (double) confirmed.getRect().getWidth() / bar.getRect().getWidth();
        assertThat(share).isBetween(0.27, 0.33);
        assertThat(confirmed.getRect().getX() + confirmed.getRect().getWidth())
                .as("the bar fills from the right").isGreaterThan(bar.getRect().getX() + bar.getRect().getWidth() - 4);
        assertThat(browser().findElements(By.cssSelector("[data-testid=progress-activity]"))).hasSize(1);
        assertNoHorizontalScrolling();
        assertEveryTextTranslated();
        screenshot("aanbod-progress-ar");
        assertThat(accessibilityViolations()).as("Arabic").isEmpty();
        assertThat(requests()).containsExactly("GET progress/t0k3n");
    }

    @Test
    void aLanguageChosenOnThisPhoneWinsOverTheNewcomersAndTheWordsArePlain() {
        stub(answers("progress/t0k3n", Answer.ok(PROGRESS)));
        openPublic("/progress/t0k3n", "nl");
        find(By.cssSelector("[data-testid=progress-confirmed]"));
        assertThat(htmlAttribute("lang")).isEqualTo("nl");
        assertThat(textOf(By.cssSelector("[data-testid=progress-confirmed]"))).isEqualTo("12 uur is bevestigd.");
        assertThat(textOf(By.cssSelector("[data-testid=progress-pending]")))
                .isEqualTo("4,5 uur wacht nog op bevestiging.");
        assertThat(textOf(By.cssSelector("[data-testid=progress-remaining]"))).isEqualTo("Je hebt nog 23,5 uur nodig.");
        assertThat(textOf(By.cssSelector("[data-testid=progress-expires]")))
                .isEqualTo("Deze link werkt tot 1 maart 2027.");
        assertThat(textOf(By.cssSelector("[data-testid=progress-activity]"))).contains("Praatgroep Veurne",
                "Laatste keer: 25 november 2026");
        WebElement bar = find(By.cssSelector("[data-testid=progress-bar]"));
        WebElement confirmed = bar.findElement(By.cssSelector(".bar__part--confirmed"));
        assertThat(confirmed.getRect().getX()).as("the bar fills from the left in Dutch")
                .isLessThan(bar.getRect().getX() + 4);
        screenshot("aanbod-progress-nl");
        assertThat(accessibilityViolations()).as("Dutch").isEmpty();
    }

    @Test
    void enoughHoursSaySoAndNoActivityYetSaysSo() {
        stub(answers("progress/done", Answer.ok("""
                {"firstName":"Oleh","language":"uk","status":"completed","targetHours":40,"confirmedHours":41,
                 "pendingHours":0,"remainingHours":0,"expiresAt":"2027-03-01","activities":[]}
                """)));
        openPublic("/progress/done");
        find(By.cssSelector("[data-testid=progress-done]"));
        assertThat(htmlAttribute("lang")).isEqualTo("uk");
        assertThat(textOf(By.cssSelector("[data-testid=progress-done]"))).isEqualTo(text("uk", "progress.done"));
        find(By.cssSelector("[data-testid=progress-no-activities]"));
        assertThat(browser().findElements(By.cssSelector("[data-testid=progress-remaining]"))).isEmpty();
        assertEveryTextTranslated();
    }

    @Test
    void anExpiredOrRevokedLinkAsksForANewOneInPlainWords() {
        stub(answers("progress/old", new Answer(410, "{\"status\":410,\"reason\":\"expired\"}"),
                "progress/gone", new Answer(410, "{\"status\":410,\"reason\":\"revoked\"}")));
        openPublic("/progress/old", "nl");
        assertThat(textOf(By.cssSelector("[data-testid=progress-expired]")))
                .isEqualTo("Deze link werkt niet meer. Hij is te oud.\nVraag je begeleider om een nieuwe link.");
        assertThat(accessibilityViolations()).as("expired, Dutch").isEmpty();
        openPublic("/progress/gone", "ar");
        assertThat(textOf(By.cssSelector("[data-testid=progress-revoked]"))).contains(text("ar", "progress.revoked"),
                text("ar", "progress.askCounsellor"));
        assertThat(accessibilityViolations()).as("revoked, Arabic").isEmpty();
    }

    @Test
    void anUnknownLinkFromTheServerSaysSoInDutchAndArabicAndTheFirstViewIsLight() {
        withoutCache();
        openPublic("/progress/no-such-token-at-all", "nl");
        assertThat(textOf(By.cssSelector("[data-testid=progress-unknown]")))
                .isEqualTo("We kennen deze link niet. Kijk of je hem goed overnam.\n"
                        + "Vraag je begeleider om een nieuwe link.");
        List<Number> weight = pageWeight();
        System.out.println("Page weight of /aanbod/#/progress/<token> (first view, no cache): " + weight.get(0)
                + " bytes transferred, " + weight.get(1) + " bytes of bodies as sent, " + weight.get(2)
                + " unpacked, " + weight.get(3) + " requests");
        pageResources().forEach(r -> System.out.println("  " + r));
        assertThat(weight.get(0).intValue()).isPositive().isLessThan(PublicFinderPageIT.BUDGET_BYTES);
        assertNoHorizontalScrolling();
        screenshot("aanbod-progress-unknown-nl");
        assertThat(accessibilityViolations()).as("unknown, Dutch").isEmpty();
        openPublic("/progress/no-such-token-at-all", "ar");
        find(By.cssSelector("[data-testid=progress-unknown]"));
        assertThat(htmlAttribute("dir")).isEqualTo("rtl");
        assertThat(accessibilityViolations()).as("unknown, Arabic").isEmpty();
    }
}
