package be.vierdepijler.it.ui;

import be.vierdepijler.it.TestData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import be.vierdepijler.it.Fixtures;
import be.vierdepijler.it.ParticipationFixture;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * One offer for newcomers (/aanbod/#/offers/<id>) and its "I want to take part" form on a phone, against the real
 * server: what the form checks itself, the server's field errors at their fields in the chosen language, the rate
 * limit (lowered for one test with {@link ParticipationFixture}), the thank-you with the reference (also for a
 * repeated request), the honeypot out of sight and reach, axe in Dutch and Arabic.
 */
@Fixtures(ParticipationFixture.class)
class PublicOfferPageIT extends NewcomerPageTest {

    private static final String DESCRIPTION = "Elke woensdag praten we samen Nederlands.";
    private static final String SUMMARY_AR = "نتحدث معًا";

    /** A public conversation group in Veurne, as an organisation wrote it, with a short Arabic text; its id. */
    private long conversationGroup(String title) {
        return data().publicOffer(data().listedOrganisation("Vzw De Brug", VEURNE), title, VEURNE, "description",
                "\"" + DESCRIPTION + "\"", "summaries", "{\"ar\":\"" + SUMMARY_AR + "\"}", "weekdays",
                "[\"wed\",\"sat\"]");
    }

    /** A phone number no other request used: a repeated request is recognised by its contact. */
    private static String phone() {
        String digits = Long.toString(System.nanoTime() % 100_000_000L);
        return "0470 " + "0".repeat(8 - digits.length()) + digits;
    }

    @Test
    void showsTheOfferAsTheOrganisationWroteItAndTheFormInArabic() {
        String title = "Praatgroep " + word();
        long offer = conversationGroup(title);
        openPublic("/offers/" + offer, "ar");
        assertThat(heading()).isEqualTo(title);
        WebElement description = find(By.cssSelector("[data-testid=offer-description]"));
        assertThat(description.getText()).isEqualTo(DESCRIPTION);
        assertThat(description.getAttribute("lang")).as("the organisation's own text is marked Dutch").isEqualTo("nl");
        assertThat(textOf(By.cssSelector("[data-testid=offer-summary]"))).isEqualTo(SUMMARY_AR);
        assertThat(find(By.cssSelector("[data-testid=offer-level]")).getAttribute("data-level")).isEqualTo("A1");
        assertThat(browser().findElement(By.tagName("body")).getText()).as("no contact person")
                .doesNotContain("Els Contact", "example.org");
        find(By.cssSelector("[data-testid=join-form]"));
        assertThat(htmlAttribute("dir")).isEqualTo("rtl");
        assertNoHorizontalScrolling();
        assertEveryTextTranslated();
        screenshot("aanbod-offer-ar");
        assertThat(accessibilityViolations()).isEmpty();
    }

    @Test
    void theRobotTrapIsOutOfSightAndOutOfReach() {
        openPublic("/join", "nl");
        WebElement trap = browser().findElement(By.id("website"));
        assertThat(trap.getAttribute("tabindex")).isEqualTo("-1");
        assertThat(trap.getAttribute("autocomplete")).isEqualTo("off");
        assertThat(trap.findElement(By.xpath("..")).getAttribute("aria-hidden")).isEqualTo("true");
        assertThat(trap.getRect().getX() + trap.getRect().getWidth()).as("off-screen").isLessThanOrEqualTo(0);
        openPublic("/join", "ar");
        WebElement mirrored = browser().findElement(By.id("website"));
        assertThat(mirrored.getRect().getX()).as("off-screen, on the other side").isGreaterThan(PHONE_WIDTH);
        assertNoHorizontalScrolling();
    }

    @Test
    void whatTheFormChecksItselfShowsAtTheFieldsAndIsNotSent() {
        openPublic("/join", "nl");
        assertThat(heading()).isEqualTo("Help mij iets te vinden");
        click(By.cssSelector("[data-testid=join-send]"));
        assertThat(errorAt("firstName")).isEqualTo("Vul dit in.");
        assertThat(errorAt("municipalityNis")).isEqualTo("Kies je gemeente uit de lijst.");
        assertThat(errorAt("phone")).isEqualTo("Vul je telefoon of je e-mail in.");
        assertThat(errorAt("consent")).isEqualTo("Zet een vinkje als je akkoord gaat.");
        assertThat(browser().switchTo().activeElement().getAttribute("id")).as("focus on the first wrong field")
                .isEqualTo("firstName");
        assertThat(requests()).noneMatch(r -> r.startsWith("participation-requests"));
        assertThat(accessibilityViolations()).as("errors, Dutch").isEmpty();

        choose(By.cssSelector("[data-testid=language]"), "العربية");
        waitUntil(d -> "rtl".equals(htmlAttribute("dir")));
        find(By.cssSelector("[data-testid=join-send]")).click();
        assertThat(errorAt("firstName")).isEqualTo(text("ar", "error.required"));
        assertThat(requests()).noneMatch(r -> r.startsWith("participation-requests"));
        assertNoHorizontalScrolling();
        screenshot("aanbod-join-errors-ar");
        assertThat(accessibilityViolations()).as("errors, Arabic").isEmpty();
    }

    /**
     * What the page lets through but the server refuses: a first name longer than the server's 80 characters (the
     * field takes 100), an e-mail address without a dot after the @ (the browser's rule allows it), and an offer that
     * closed while the form was open (no field of the form: shown above it).
     */
    @Test
    void theServersFieldErrorsShowAtTheirFieldsInTheChosenLanguage() {
        String title = "Praatgroep " + word();
        long organisation = data().listedOrganisation("Vzw De Brug", VEURNE);
        long offer = data().publicOffer(organisation, title, VEURNE);
        openPublic("/offers/" + offer, "tr");
        data().changeOffer(offer, TestData.offerWithContact(organisation, title, VEURNE, "status", "\"closed\""));
        fillIn("Amina".repeat(18), "Veurne", "", "amina@example");
        click(By.cssSelector("[data-testid=join-send]"));
        assertThat(errorAt("email")).isEqualTo(text("tr", "error.email"));
        assertThat(errorAt("firstName")).isEqualTo(text("tr", "error.too-long"));
        assertThat(textOf(By.cssSelector("[data-testid=join-errors]"))).contains(text("tr", "error.offer"));
        assertThat(browser().findElements(By.cssSelector("[data-testid=join-thanks]"))).isEmpty();
        assertThat(requests()).contains("participation-requests");
        assertThat(accessibilityViolations()).as("the server's errors, Turkish").isEmpty();
    }

    /**
     * The limit per address, lowered to one request an hour for this test only (the test server allows 1000): the
     * second request from this phone is refused. The limit is put back whatever happens, so other tests can send.
     */
    @Test
    void tooManyRequestsAreExplainedPlainly() {
        api().contentType("text/plain").body("1").put("/test-fixtures/participation/limit").then().statusCode(204);
        try {
            api().delete("/test-fixtures/participation/attempts").then().statusCode(204);
            openPublic("/join", "nl");
            fillIn("Amina", "Veurne", phone(), "");
            click(By.cssSelector("[data-testid=join-send]"));
            find(By.cssSelector("[data-testid=join-thanks]"));

            openPublic("/join", "nl");
            fillIn("Amina", "Veurne", phone(), "");
            click(By.cssSelector("[data-testid=join-send]"));
            assertThat(textOf(By.cssSelector("[data-testid=join-too-many]")))
                    .isEqualTo("We kregen te veel vragen na elkaar. Wacht een uur. Probeer het dan opnieuw.");
            assertThat(accessibilityViolations()).isEmpty();
        } finally {
            api().contentType("text/plain").body("1000").put("/test-fixtures/participation/limit").then()
                    .statusCode(204);
            api().delete("/test-fixtures/participation/attempts").then().statusCode(204);
        }
    }

    @Test
    void afterSendingAThankYouWithTheReferenceAlsoForARepeatedRequest() {
        String title = "Praatgroep " + word();
        long offer = conversationGroup(title);
        String phone = phone();
        String firstName = "Amina" + word();
        openPublic("/offers/" + offer, "nl");
        fillIn(firstName, "Veurne", phone, "");
        click(By.cssSelector("[data-testid=join-send]"));
        WebElement thanks = find(By.cssSelector("[data-testid=join-thanks]"));
        assertThat(thanks.getAttribute("data-duplicate")).isEqualTo("false");
        assertThat(thanks.getText()).contains("Dank je! We hebben je vraag.");
        String reference = textOf(By.cssSelector("[data-testid=join-reference]"));
        assertThat(reference).isNotBlank();
        assertThat(browser().switchTo().activeElement().getAttribute("data-testid")).isEqualTo("join-thanks");
        assertThat(accessibilityViolations()).as("thank-you, Dutch").isEmpty();
        // What reached the counsellors is what the newcomer filled in.
        api().get("/participation-requests?q=" + firstName).then().statusCode(200)
                .body("items.reference", contains(reference)).body("items[0].firstName", equalTo(firstName))
                .body("items[0].municipalityNis", equalTo(VEURNE)).body("items[0].phone", equalTo(phone))
                .body("items[0].email", nullValue()).body("items[0].offerId", is((int) offer))
                .body("items[0].language", equalTo("nl")).body("items[0].shareWithOrganisation", is(true));

        openPublic("/offers/" + offer, "ar");
        fillIn(firstName, "Veurne", phone, "");
        click(By.cssSelector("[data-testid=join-send]"));
        WebElement again = find(By.cssSelector("[data-testid=join-thanks]"));
        assertThat(again.getAttribute("data-duplicate")).isEqualTo("true");
        assertThat(again.getText()).contains(text("ar", "join.thanksDuplicate"), reference);
        assertThat(accessibilityViolations()).as("thank-you, Arabic").isEmpty();
        api().get("/participation-requests?q=" + firstName).then().statusCode(200)
                .body("items.reference", contains(reference));
    }

    @Test
    void anOfferThatIsNotPublicIsNotFoundInPlainWords() {
        openPublic("/offers/987654321", "nl");
        assertThat(textOf(By.cssSelector("[data-testid=offer-not-found]")))
                .isEqualTo("Deze activiteit bestaat niet meer. Of ze is nu niet open.");
        assertThat(accessibilityViolations()).as("Dutch").isEmpty();
        openPublic("/offers/987654321", "ar");
        find(By.cssSelector("[data-testid=offer-not-found]"));
        assertThat(accessibilityViolations()).as("Arabic").isEmpty();
    }

    /** Fills in the form (the municipality by name) and ticks consent, and, for an offer, sharing with it. */
    private void fillIn(String firstName, String municipality, String phone, String email) {
        waitUntil(d -> d.findElements(By.cssSelector("#municipalityNis option")).size() > 300 ? true : null);
        type(By.id("firstName"), firstName);
        choose(By.id("municipalityNis"), municipality);
        type(By.id("phone"), phone);
        type(By.id("email"), email);
        click(By.id("consent"));
        if (!browser().findElements(By.id("shareWithOrganisation")).isEmpty()) {
            click(By.id("shareWithOrganisation"));
        }
    }
}
