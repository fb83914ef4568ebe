package be.vierdepijler.it.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import be.vierdepijler.it.Fixtures;
import be.vierdepijler.it.ProgressLinkFixture;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The newcomer's own progress page (/aanbod/#/progress/<token>) on a phone, for real trajectories and links a
 * counsellor made: hours confirmed, waiting and still needed with a bar and icons, per activity; enough hours; no
 * activity yet; in the newcomer's language unless they chose another on this phone; an expired, revoked or unknown
 * link in plain words; axe in Dutch and Arabic; the page's weight.
 */
@Fixtures(ProgressLinkFixture.class)
class ProgressPageIT extends NewcomerPageTest {

    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", new Locale("nl"));

    private static Session counsellor;

    /** What a trajectory with hours holds, as the counsellor made it. */
    private record Made(long trajectory, String firstName, String offerTitle) {
    }

    @BeforeEach
    void aCounsellorOnce() {
        if (counsellor == null) {
            counsellor = counsellor();
        }
    }

    @AfterAll
    static void forgetCounsellor() {
        counsellor = null;
    }

    /**
     * A newcomer placed in a real conversation group: 12 hours confirmed by the contact person (6 and 6), 4.5 hours
     * reported two days ago and still waiting.
     */
    private Made trajectoryWithHours(String firstName) {
        String title = "Praatgroep " + word();
        long offer = data().publishedOffer(data().listedOrganisation("Praatclub", IEPER), title, IEPER);
        long trajectory = activeTrajectory(counsellor, firstName);
        long placement = placeInOffer(counsellor, trajectory, offer);
        reportHours(counsellor, trajectory, placement, TODAY.minusDays(9), "6");
        reportHours(counsellor, trajectory, placement, TODAY.minusDays(6), "6");
        contactConfirms(counsellor, trajectory, placement);
        reportHours(counsellor, trajectory, placement, TODAY.minusDays(2), "4.5");
        return new Made(trajectory, firstName, title);
    }

    @Test
    void showsTheHoursInTheNewcomersOwnLanguageRightToLeft() {
        Made amina = trajectoryWithHours("Amina");
        String token = progressLink(counsellor, amina.trajectory(), "ar").token();
        withoutCache();
        openPublic("/progress/" + token);
        waitUntil(d -> "ar".equals(htmlAttribute("lang")) ? true : null);
        assertThat(htmlAttribute("dir")).isEqualTo("rtl");
        find(By.cssSelector("[data-testid=progress-confirmed]"));
        assertThat(heading()).isEqualTo(text("ar", "progress.title"));
        assertThat(textOf(By.cssSelector("[data-testid=progress-hello]"))).contains("Amina");
        assertThat(textOf(By.cssSelector("[data-testid=progress-confirmed]")))
                .isEqualTo(text("ar", "progress.confirmed").replace("{hours}", "12"));
        // Still needed counts only confirmed hours (40 − 12), as the server answers; the waiting ones may be refused.
        assertThat(textOf(By.cssSelector("[data-testid=progress-remaining]"))).contains("28");
        // The bar: confirmed 12 of 40 is 30 %, from the right in Arabic.
        WebElement bar = find(By.cssSelector("[data-testid=progress-bar]"));
        WebElement confirmed = bar.findElement(By.cssSelector(".bar__part--confirmed"));
        double share = (double) confirmed.getRect().getWidth() / bar.getRect().getWidth();
        assertThat(share).isBetween(0.27, 0.33);
        assertThat(confirmed.getRect().getX() + confirmed.getRect().getWidth())
                .as("the bar fills from the right").isGreaterThan(bar.getRect().getX() + bar.getRect().getWidth() - 4);
        assertThat(browser().findElements(By.cssSelector("[data-testid=progress-activity]"))).hasSize(1);
        assertThat(textOf(By.cssSelector("[data-testid=progress-activity]"))).contains(amina.offerTitle());
        assertThat(browser().findElement(By.tagName("body")).getText()).as("nothing of the contact person")
                .doesNotContain("Els Contact", "example.org");
        assertNoHorizontalScrolling();
        assertEveryTextTranslated();
        screenshot("aanbod-progress-ar");
        assertThat(accessibilityViolations()).as("Arabic").isEmpty();
        assertThat(requests()).containsExactly("progress/" + token);
        List<Number> weight = pageWeight();
        System.out.println("Page weight of /aanbod/#/progress/<token> with hours, in Arabic (first view, no cache): "
                + weight.get(0) + " bytes transferred, " + weight.get(1) + " bytes of bodies as sent, "
                + weight.get(2) + " unpacked, " + weight.get(3) + " requests");
        pageResources().forEach(r -> System.out.println("  " + r));
        assertThat(weight.get(0).intValue()).isPositive().isLessThan(PublicFinderPageIT.BUDGET_BYTES);
    }

    @Test
    void aLanguageChosenOnThisPhoneWinsOverTheNewcomersAndTheWordsArePlain() {
        Made amina = trajectoryWithHours("Amina");
        ProgressLink link = progressLink(counsellor, amina.trajectory(), "ar");
        openPublic("/progress/" + link.token(), "nl");
        find(By.cssSelector("[data-testid=progress-confirmed]"));
        assertThat(htmlAttribute("lang")).isEqualTo("nl");
        assertThat(textOf(By.cssSelector("[data-testid=progress-confirmed]"))).isEqualTo("12 uur is bevestigd.");
        assertThat(textOf(By.cssSelector("[data-testid=progress-pending]")))
                .isEqualTo("4,5 uur wacht nog op bevestiging.");
        assertThat(textOf(By.cssSelector("[data-testid=progress-remaining]"))).isEqualTo("Je hebt nog 28 uur nodig.");
        // The page shows the day of the expiry as the server wrote it (UTC).
        assertThat(textOf(By.cssSelector("[data-testid=progress-expires]"))).isEqualTo("Deze link werkt tot "
                + LocalDate.parse(link.expiresAt().substring(0, 10)).format(DUTCH_DATE) + ".");
        assertThat(textOf(By.cssSelector("[data-testid=progress-activity]"))).contains(amina.offerTitle(),
                "Laatste keer: " + TODAY.minusDays(2).format(DUTCH_DATE));
        WebElement bar = find(By.cssSelector("[data-testid=progress-bar]"));
        WebElement confirmed = bar.findElement(By.cssSelector(".bar__part--confirmed"));
        assertThat(confirmed.getRect().getX()).as("the bar fills from the left in Dutch")
                .isLessThan(bar.getRect().getX() + 4);
        screenshot("aanbod-progress-nl");
        assertThat(accessibilityViolations()).as("Dutch").isEmpty();
    }

    @Test
    void enoughHoursSaySoAndNoActivityYetSaysSo() {
        String title = "Praatgroep " + word();
        long offer = data().publishedOffer(data().listedOrganisation("Praatclub", IEPER), title, IEPER);
        long trajectory = activeTrajectory(counsellor, "Oleh");
        long placement = placeInOffer(counsellor, trajectory, offer);
        for (int day = 20; day > 12; day--) {
            reportHours(counsellor, trajectory, placement, TODAY.minusDays(day), "5");
        }
        contactConfirms(counsellor, trajectory, placement);
        as(counsellor).get("/trajectories/" + trajectory).then().statusCode(200)
                .body("status", equalTo("completed"));
        openPublic("/progress/" + progressLink(counsellor, trajectory, "uk").token());
        find(By.cssSelector("[data-testid=progress-done]"));
        assertThat(htmlAttribute("lang")).isEqualTo("uk");
        assertThat(textOf(By.cssSelector("[data-testid=progress-done]"))).isEqualTo(text("uk", "progress.done"));
        assertThat(browser().findElements(By.cssSelector("[data-testid=progress-remaining]"))).isEmpty();
        assertThat(textOf(By.cssSelector("[data-testid=progress-activity]"))).contains(title);
        assertEveryTextTranslated();
        assertThat(accessibilityViolations()).as("completed, Ukrainian").isEmpty();

        // A newcomer who has not started an activity yet.
        long fresh = activeTrajectory(counsellor, "Oksana");
        openPublic("/progress/" + progressLink(counsellor, fresh, "uk").token());
        find(By.cssSelector("[data-testid=progress-no-activities]"));
        assertThat(htmlAttribute("lang")).isEqualTo("uk");
        assertThat(textOf(By.cssSelector("[data-testid=progress-hello]"))).contains("Oksana");
        assertThat(browser().findElements(By.cssSelector("[data-testid=progress-done]"))).isEmpty();
        assertEveryTextTranslated();
    }

    @Test
    void anExpiredOrRevokedLinkAsksForANewOneInPlainWords() {
        Made made = trajectoryWithHours("Chadi");
        ProgressLink old = progressLink(counsellor, made.trajectory(), "nl");
        ProgressLink gone = progressLink(counsellor, made.trajectory(), "ar");
        api().put("/test-fixtures/progress-links/" + old.id() + "/expired").then().statusCode(204);
        as(counsellor).delete("/trajectories/" + made.trajectory() + "/progress-links/" + gone.id()).then()
                .statusCode(200);

        openPublic("/progress/" + old.token(), "nl");
        assertThat(textOf(By.cssSelector("[data-testid=progress-expired]")))
                .isEqualTo("Deze link werkt niet meer. Hij is te oud.\nVraag je begeleider om een nieuwe link.");
        assertThat(browser().findElement(By.tagName("body")).getText()).doesNotContain("Chadi");
        assertThat(accessibilityViolations()).as("expired, Dutch").isEmpty();
        openPublic("/progress/" + gone.token(), "ar");
        assertThat(textOf(By.cssSelector("[data-testid=progress-revoked]"))).contains(text("ar", "progress.revoked"),
                text("ar", "progress.askCounsellor"));
        assertThat(browser().findElement(By.tagName("body")).getText()).doesNotContain("Chadi");
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
