package be.vierdepijler.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * One offer for newcomers (/aanbod/#/offers/<id>) and its "I want to take part" form on a phone: what the form
 * checks itself, the server's field errors at their fields in the chosen language, the rate limit, the thank-you
 * with the reference (also for a repeated request), the honeypot out of sight and reach, axe in Dutch and Arabic.
 */
class PublicOfferPageIT extends NewcomerPageTest {

    private static final String THANKS = "{\"reference\":\"AV-7K3Q\",\"duplicate\":false,\"status\":\"received\"}";

    @Test
    void showsTheOfferAsTheOrganisationWroteItAndTheFormInArabic() {
        stub(answers("offers/1", Answer.ok(PublicFinderPageIT.offer(1))));
        openPublic("/offers/1", "ar");
        assertThat(heading()).isEqualTo("Praatgroep 1");
        WebElement description = find(By.cssSelector("[data-testid=offer-description]"));
        assertThat(description.getText()).isEqualTo("Elke woensdag praten we samen Nederlands.");
        assertThat(description.getAttribute("lang")).as("the organisation's own text is marked Dutch").isEqualTo("nl");
        assertThat(textOf(By.cssSelector("[data-testid=offer-summary]"))).isEqualTo("Samen praten");
        assertThat(find(By.cssSelector("[data-testid=offer-level]")).getAttribute("data-level")).isEqualTo("A1");
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
        stub(answers("participation-requests", new Answer(202, THANKS)));
        openPublic("/join", "nl");
        assertThat(heading()).isEqualTo("Help mij iets te vinden");
        click(By.cssSelector("[data-testid=join-send]"));
        assertThat(errorAt("firstName")).isEqualTo("Vul dit in.");
        assertThat(errorAt("municipalityNis")).isEqualTo("Kies je gemeente uit de lijst.");
        assertThat(errorAt("phone")).isEqualTo("Vul je telefoon of je e-mail in.");
        assertThat(errorAt("consent")).isEqualTo("Zet een vinkje als je akkoord gaat.");
        assertThat(browser().switchTo().activeElement().getAttribute("id")).as("focus on the first wrong field")
                .isEqualTo("firstName");
        assertThat(requests()).noneMatch(r -> r.startsWith("POST"));
        assertThat(accessibilityViolations()).as("errors, Dutch").isEmpty();

        choose(By.cssSelector("[data-testid=language]"), "العربية");
        waitUntil(d -> "rtl".equals(htmlAttribute("dir")));
        find(By.cssSelector("[data-testid=join-send]")).click();
        assertThat(errorAt("firstName")).isEqualTo(text("ar", "error.required"));
        assertNoHorizontalScrolling();
        screenshot("aanbod-join-errors-ar");
        assertThat(accessibilityViolations()).as("errors, Arabic").isEmpty();
    }

    @Test
    void theServersFieldErrorsShowAtTheirFieldsInTheChosenLanguage() {
        stub(answers("offers/1", Answer.ok(PublicFinderPageIT.offer(1)), "participation-requests", new Answer(400, """
                {"type":"about:blank","status":400,"title":"Ongeldige invoer","violations":[
                  {"field":"email","code":"invalid-email","message":"Geen geldig e-mailadres"},
                  {"field":"firstName","code":"too-long","message":"Te lang"},
                  {"field":"somethingElse","code":"odd","message":"De server zegt dit"}]}
                """)));
        openPublic("/offers/1", "tr");
        fillIn("Amina", "Veurne", "", "amina@");
        click(By.cssSelector("[data-testid=join-send]"));
        assertThat(errorAt("email")).isEqualTo(text("tr", "error.email"));
        assertThat(errorAt("firstName")).isEqualTo(text("tr", "error.too-long"));
        assertThat(textOf(By.cssSelector("[data-testid=join-errors]"))).contains("De server zegt dit");
        String sent = requests().stream().filter(r -> r.startsWith("POST")).findFirst().orElseThrow();
        assertThat(sent).contains("\"firstName\":\"Amina\"", "\"municipalityNis\":\"38025\"", "\"phone\":null",
                "\"email\":\"amina@\"", "\"offerId\":1", "\"language\":\"tr\"", "\"consent\":true",
                "\"shareWithOrganisation\":true", "\"website\":\"\"");
    }

    @Test
    void tooManyRequestsAreExplainedPlainly() {
        stub(answers("participation-requests", new Answer(429,
                "{\"status\":429,\"type\":\"too-many-requests\",\"title\":\"Te veel aanvragen\"}")));
        openPublic("/join", "nl");
        fillIn("Amina", "Veurne", "0470 12 34 56", "");
        click(By.cssSelector("[data-testid=join-send]"));
        assertThat(textOf(By.cssSelector("[data-testid=join-too-many]")))
                .isEqualTo("We kregen te veel vragen na elkaar. Wacht een uur. Probeer het dan opnieuw.");
        assertThat(accessibilityViolations()).isEmpty();
    }

    @Test
    void afterSendingAThankYouWithTheReferenceAlsoForARepeatedRequest() {
        stub(answers("offers/1", Answer.ok(PublicFinderPageIT.offer(1)),
                "participation-requests", new Answer(202, THANKS)));
        openPublic("/offers/1", "nl");
        fillIn("Amina", "Veurne", "0470 12 34 56", "");
        click(By.cssSelector("[data-testid=join-send]"));
        WebElement thanks = find(By.cssSelector("[data-testid=join-thanks]"));
        assertThat(thanks.getAttribute("data-duplicate")).isEqualTo("false");
        assertThat(thanks.getText()).contains("Dank je! We hebben je vraag.");
        assertThat(textOf(By.cssSelector("[data-testid=join-reference]"))).isEqualTo("AV-7K3Q");
        assertThat(browser().switchTo().activeElement().getAttribute("data-testid")).isEqualTo("join-thanks");
        assertThat(accessibilityViolations()).as("thank-you, Dutch").isEmpty();
        removeStubs();

        stub(answers("offers/1", Answer.ok(PublicFinderPageIT.offer(1)), "participation-requests",
                new Answer(202, "{\"reference\":\"AV-7K3Q\",\"duplicate\":true,\"status\":\"received\"}")));
        openPublic("/offers/1", "ar");
        fillIn("Amina", "Veurne", "0470 12 34 56", "");
        click(By.cssSelector("[data-testid=join-send]"));
        WebElement again = find(By.cssSelector("[data-testid=join-thanks]"));
        assertThat(again.getAttribute("data-duplicate")).isEqualTo("true");
        assertThat(again.getText()).contains(text("ar", "join.thanksDuplicate"), "AV-7K3Q");
        assertThat(accessibilityViolations()).as("thank-you, Arabic").isEmpty();
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
