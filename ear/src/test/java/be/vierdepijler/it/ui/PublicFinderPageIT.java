package be.vierdepijler.it.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.restassured.RestAssured;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The newcomers' offer finder (/aanbod/#/) on a phone: its language menu (each language in its own script, remembered,
 * Arabic and Dari right to left and mirrored), the search and its filters as API parameters, results as cards with
 * the Dutch level as a pictogram with its text, paging, the empty and error states, axe on each, and the page's
 * weight on a first visit; every answer comes from the real server, with offers made through the API.
 */
class PublicFinderPageIT extends NewcomerPageTest {

    /** The first view of the finder may cost at most this many bytes over the network (docs/public-pages.md). */
    static final int BUDGET_BYTES = 120 * 1024;

    private static final List<String> LANGUAGE_NAMES = List.of("Nederlands", "English", "Français", "العربية",
            "Українська", "Türkçe", "دری");

    @Test
    void inDutchOnAPhoneTheFinderShowsItsFormAndLanguageMenuAndPassesAxe() {
        openPublic("/", "nl");
        assertThat(heading()).isEqualTo("Zoek een activiteit");
        assertThat(htmlAttribute("lang")).isEqualTo("nl");
        assertThat(htmlAttribute("dir")).isEqualTo("ltr");
        List<WebElement> options = browser().findElements(By.cssSelector("[data-testid=language] option"));
        assertThat(options).extracting(WebElement::getText).containsExactlyElementsOf(LANGUAGE_NAMES);
        assertThat(options).extracting(o -> o.getAttribute("lang"))
                .containsExactly("nl", "en", "fr", "ar", "uk", "tr", "fa");
        // The municipalities come from the public API, all of them.
        waitUntil(d -> d.findElements(By.cssSelector("[data-testid=finder-municipality] option")).size() > 300);
        assertThat(find(By.cssSelector("[data-testid=finder-near]")).isSelected()).as("nearby is on at first")
                .isTrue();
        waitUntil(d -> !d.findElements(By.cssSelector(
                "[data-testid=offer-card], [data-testid=finder-empty], [data-testid=finder-error]")).isEmpty());
        assertEveryTextTranslated();
        assertNoHorizontalScrolling();
        screenshot("aanbod-finder-nl");
        assertThat(accessibilityViolations()).isEmpty();
        click(By.cssSelector("[data-testid=finder-more-choices]"));
        find(By.cssSelector("[data-testid=finder-level]"));
        assertThat(accessibilityViolations()).as("with every choice open").isEmpty();
    }

    @Test
    void inArabicThePageIsRightToLeftMirroredAndRemembered() {
        openPublic("/", "nl");
        choose(By.cssSelector("[data-testid=language]"), "العربية");
        waitUntil(d -> "rtl".equals(htmlAttribute("dir")));
        assertThat(htmlAttribute("lang")).isEqualTo("ar");
        waitForText(By.cssSelector("main h1"), text("ar", "finder.title"));
        waitUntil(d -> !d.findElements(By.cssSelector("[data-testid=finder-form]")).isEmpty());
        // Mirrored: the heading's text ends at the right edge of the page, the language menu sits left of the name.
        List<Number> edges = textEdges("main h1");
        assertThat(edges.get(1).doubleValue()).as("right end of the heading's text").isGreaterThan(PHONE_WIDTH - 40);
        assertThat(edges.get(0).doubleValue()).as("left end of the heading's text").isGreaterThan(40);
        WebElement brand = find(By.cssSelector("[data-testid=home]"));
        WebElement menu = find(By.cssSelector("[data-testid=language]"));
        assertThat(menu.getRect().getX()).as("menu left of the name").isLessThan(brand.getRect().getX());
        assertThat(find(By.cssSelector("label[for=q]")).getCssValue("direction")).isEqualTo("rtl");
        assertNoHorizontalScrolling();
        assertEveryTextTranslated();
        screenshot("aanbod-finder-ar");
        assertThat(accessibilityViolations()).isEmpty();

        openPublic("/");
        assertThat(htmlAttribute("lang")).as("the choice is remembered on this phone").isEqualTo("ar");
        assertThat(heading()).isEqualTo(text("ar", "finder.title"));
    }

    @Test
    void everyLanguageShowsItsOwnTextsAndOnlyArabicAndDariRunRightToLeft() {
        for (String language : List.of("nl", "en", "fr", "ar", "uk", "tr", "fa")) {
            openPublic("/", language);
            assertThat(htmlAttribute("lang")).isEqualTo(language);
            assertThat(htmlAttribute("dir")).as(language)
                    .isEqualTo(language.equals("ar") || language.equals("fa") ? "rtl" : "ltr");
            assertThat(heading()).isEqualTo(text(language, "finder.title"));
            assertThat(find(By.cssSelector("[data-testid=language]")).getAttribute("value")).isEqualTo(language);
            assertEveryTextTranslated();
            assertNoHorizontalScrolling();
        }
        openPublic("/", "fa");
        assertThat(accessibilityViolations()).as("Dari").isEmpty();
    }

    @Test
    void withoutAChoiceThePageSpeaksTheBrowsersLanguageElseDutch() {
        openPublic("/");
        String browserLanguage = String.valueOf(script("return navigator.language")).toLowerCase().split("-")[0];
        String expected = List.of("nl", "en", "fr", "ar", "uk", "tr", "fa").contains(browserLanguage)
                ? browserLanguage : "nl";
        assertThat(htmlAttribute("lang")).isEqualTo(expected);
    }

    /**
     * Thirteen real public offers found by one word: ten cards, then "more" shows the other three. Among them an A1
     * conversation group on Wednesday and Saturday with the organisation's short Dutch text, and one whose only place
     * is taken (full).
     */
    @Test
    void resultsShowAsCardsWithTheLevelAsAPictogramWithTextAndPageOnWithMore() {
        String word = word();
        long organisation = data().listedOrganisation("Vzw De Brug", IEPER);
        long first = data().publicOffer(organisation, "Praatgroep " + word + " een", IEPER, "weekdays",
                "[\"wed\",\"sat\"]", "summaries", "{\"nl\":\"Samen praten\"}");
        long full = data().publicOffer(organisation, "Praatgroep " + word + " vol", IEPER, "capacity", "1");
        Session counsellor = counsellor();
        placeInOffer(counsellor, activeTrajectory(counsellor, "Vol"), full);
        List<String> levels = List.of("A0", "A2", "B1", "B2");
        for (int i = 0; i < 11; i++) {
            data().publicOffer(organisation, "Praatgroep " + word + " nummer " + i, IEPER, "requiredLevel",
                    "\"" + levels.get(i % levels.size()) + "\"", "weekdays", "[\"mon\"]");
        }

        openPublic("/?q=" + word, "nl");
        waitUntil(d -> d.findElements(By.cssSelector("[data-testid=offer-card]")).size() == 10 ? true : null);
        assertThat(textOf(By.cssSelector("[data-testid=finder-count]"))).isEqualTo("Gevonden: 13");
        assertNoHorizontalScrolling();
        assertThat(accessibilityViolations()).isEmpty();

        click(By.cssSelector("[data-testid=finder-more]"));
        waitUntil(d -> d.findElements(By.cssSelector("[data-testid=offer-card]")).size() == 13 ? true : null);
        assertThat(browser().findElements(By.cssSelector("[data-testid=finder-more]"))).as("all pages shown")
                .isEmpty();
        assertThat(requests()).filteredOn(r -> r.startsWith("offers?")).containsExactly(
                "offers?q=" + word + "&page=0&size=10&lang=nl", "offers?q=" + word + "&page=1&size=10&lang=nl");

        WebElement card = find(By.cssSelector("[data-testid=offer-card][data-offer-id='" + first + "']"));
        WebElement level = card.findElement(By.cssSelector("[data-testid=offer-level]"));
        assertThat(level.getAttribute("data-level")).isEqualTo("A1");
        assertThat(level.findElement(By.cssSelector("svg")).getAttribute("aria-hidden")).isEqualTo("true");
        assertThat(level.getAttribute("textContent")).as("the pictogram's text alternative")
                .isEqualTo("Nederlands nodig: A1 Een beetje Nederlands");
        assertThat(card.findElement(By.cssSelector("[data-testid=offer-kind]")).getText())
                .as("type and category from the bundle").isEqualTo("Activiteit in je vrije tijd · Praatgroep");
        assertThat(card.findElement(By.cssSelector("[data-testid=offer-days]")).getText())
                .isEqualTo("woensdag en zaterdag");
        assertThat(card.findElement(By.cssSelector("[data-testid=offer-places]")).getText())
                .isEqualTo("Er is nog plaats");
        assertThat(card.findElement(By.cssSelector("[data-testid=offer-summary]")).getText())
                .as("the organisation's short text in the chosen language").isEqualTo("Samen praten");
        assertThat(find(By.cssSelector("[data-testid=offer-card][data-offer-id='" + full + "'] "
                + "[data-testid=offer-places]")).getAttribute("data-places")).isEqualTo("full");
        assertThat(find(By.cssSelector("[data-testid=finder-results]")).getText()).as("nothing personal")
                .doesNotContain("@", "Els Contact", "capacity");
        assertNoHorizontalScrolling();
        assertThat(accessibilityViolations()).as("every page shown").isEmpty();

        choose(By.cssSelector("[data-testid=language]"), "العربية");
        waitUntil(d -> "rtl".equals(htmlAttribute("dir"))
                && d.findElements(By.cssSelector("[data-testid=offer-card]")).size() == 10 ? true : null);
        WebElement arabic = find(By.cssSelector("[data-testid=offer-level]"));
        String shown = arabic.getAttribute("data-level");
        assertThat(arabic.getAttribute("textContent"))
                .isEqualTo(text("ar", "level.label") + ": " + shown + " " + text("ar", "level." + shown));
        assertThat(requests()).filteredOn(r -> r.startsWith("offers?")).last().asString().endsWith("lang=ar");
        assertNoHorizontalScrolling();
        screenshot("aanbod-results-ar");
        assertThat(accessibilityViolations()).as("results in Arabic").isEmpty();
    }

    @Test
    void theChoicesBecomeTheApisParametersNearOrInTheMunicipality() {
        openPublic("/", "nl");
        waitUntil(d -> !d.findElements(By.cssSelector(
                "[data-testid=offer-card], [data-testid=finder-empty], [data-testid=finder-error]")).isEmpty());
        type(By.cssSelector("[data-testid=finder-q]"), "praten");
        choose(By.cssSelector("[data-testid=finder-municipality]"), "Veurne");
        click(By.cssSelector("[data-testid=finder-more-choices]"));
        choose(By.cssSelector("[data-testid=finder-kind]"), "Activiteit in je vrije tijd · Praatgroep");
        choose(By.cssSelector("[data-testid=finder-day]"), "woensdag");
        choose(By.cssSelector("[data-testid=finder-level]"), "A1 · Een beetje Nederlands");
        click(By.cssSelector("[data-testid=finder-free]"));
        click(By.cssSelector("[data-testid=finder-search]"));
        String near = waitUntil(d -> requests().stream().filter(r -> r.contains("q=praten")).findFirst().orElse(null));
        assertThat(near).contains("near=38025").doesNotContain("municipality=")
                .contains("type=alternative", "category=conversation-group", "day=wed", "free=true", "level=A1",
                        "lang=nl");
        assertThat(browser().getCurrentUrl()).as("the choices are in the address, so 'back' keeps them")
                .contains("q=praten");
        waitUntil(d -> !d.findElements(By.cssSelector("[data-testid=offer-card], [data-testid=finder-empty]"))
                .isEmpty());
        assertThat(browser().findElements(By.cssSelector("[data-testid=finder-error]"))).as("the server took them")
                .isEmpty();

        click(By.cssSelector("[data-testid=finder-near]"));
        click(By.cssSelector("[data-testid=finder-search]"));
        String only = waitUntil(d -> requests().stream().filter(r -> r.contains("municipality=38025")).findFirst()
                .orElse(null));
        assertThat(only).doesNotContain("near=");
    }

    /**
     * Empty: a word no offer holds. Error: a day the server does not know, in the address the page passes on; the
     * server refuses it (400), as it would refuse anything when it cannot answer.
     */
    @Test
    void theEmptyAndTheErrorStateSayWhatToDoInPlainWords() {
        openPublic("/?q=" + word(), "ar");
        assertThat(textOf(By.cssSelector("[data-testid=finder-empty]"))).contains(text("ar", "finder.empty"));
        assertThat(accessibilityViolations()).as("empty, Arabic").isEmpty();

        openPublic("/?day=someday", "nl");
        assertThat(textOf(By.cssSelector("[data-testid=finder-error]"))).contains(
                "We kunnen de activiteiten nu niet tonen. Kijk of je internet hebt. Probeer het dan opnieuw.");
        assertThat(requests()).filteredOn(r -> r.startsWith("offers?")).first().asString().contains("day=someday");
        find(By.cssSelector("[data-testid=finder-retry]"));
        assertThat(accessibilityViolations()).as("error, Dutch").isEmpty();
        openPublic("/?day=someday", "ar");
        find(By.cssSelector("[data-testid=finder-error]"));
        assertThat(accessibilityViolations()).as("error, Arabic").isEmpty();
    }

    @Test
    void theFirstViewStaysWithinItsBudgetOnASlowConnection() {
        withoutCache();
        openPublic("/", "nl");
        waitUntil(d -> !d.findElements(By.cssSelector(
                "[data-testid=offer-card], [data-testid=finder-empty], [data-testid=finder-error]")).isEmpty());
        List<Number> weight = pageWeight();
        System.out.println("Page weight of /aanbod/#/ (first view, no cache): " + weight.get(0) + " bytes transferred, "
                + weight.get(1) + " bytes of bodies as sent, " + weight.get(2) + " unpacked, " + weight.get(3)
                + " requests");
        pageResources().forEach(r -> System.out.println("  " + r));
        assertThat(weight.get(0).intValue()).as("bytes transferred").isPositive().isLessThan(BUDGET_BYTES);
        // Whether the server compresses: a script asked for with gzip.
        String encoding = RestAssured.given().header("Accept-Encoding", "gzip").get(root() + "/aanbod/js/finder.js")
                .then().statusCode(200).contentType(containsString("javascript")).extract().header("Content-Encoding");
        System.out.println("Content-Encoding of a script asked for with gzip: " + encoding);
    }

    @Test
    void thePageNeedsNoInlineScriptSoTheServersPolicyLetsItRun() {
        RestAssured.given().get(root() + "/aanbod/").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .body(containsString("<script type=\"module\" src=\"js/app.js\"></script>"));
        openPublic("/", "nl");
        assertThat(find(By.cssSelector("[data-testid=finder-form]")).isDisplayed()).as("the scripts ran").isTrue();
    }

    @Test
    void inArabicANewcomerFindsARealConversationGroupNearHomeAndOpensIt() {
        String word = "zq" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "x");
        long organisation = api().contentType("application/json")
                .body("{\"name\":\"Praatcafe " + word + "\",\"kind\":\"association\",\"municipalityNis\":\"33029\"}")
                .post("/organisations").then().statusCode(201).extract().jsonPath().getLong("id");
        api().contentType("application/json").body("{\"publicListing\":true}")
                .put("/organisations/" + organisation + "/public-listing").then().statusCode(200);
        long offer = api().contentType("application/json").body("{\"organisationId\":" + organisation
                        + ",\"trajectoryTypeId\":\"alternative\",\"reportingCategory\":\"conversation-group\","
                        + "\"title\":\"Praatgroep " + word + "\",\"municipalityNis\":\"33029\","
                        + "\"requiredLevel\":\"A1\",\"capacity\":5,\"status\":\"published\"}")
                .post("/offers").then().statusCode(201).extract().jsonPath().getLong("id");
        api().header("If-Match", api().get("/offers/" + offer).header("ETag")).contentType("application/json")
                .body("{\"dutchSetting\":true,\"newContacts\":true,\"groupOrDuo\":true,\"hoursPossible\":20}")
                .put("/offers/" + offer + "/approval").then().statusCode(200);

        openPublic("/", "ar");
        type(By.cssSelector("[data-testid=finder-q]"), word);
        choose(By.cssSelector("[data-testid=finder-municipality]"), "Wervik");
        click(By.cssSelector("[data-testid=finder-more-choices]"));
        choose(By.cssSelector("[data-testid=finder-kind]"),
                text("ar", "kind.alternative") + " · " + text("ar", "category.conversation-group"));
        click(By.cssSelector("[data-testid=finder-search]"));
        WebElement card = find(By.cssSelector("[data-testid=offer-card][data-offer-id='" + offer + "']"));
        assertThat(card.findElement(By.cssSelector("[data-testid=offer-kind]")).getText())
                .isEqualTo(text("ar", "kind.alternative") + " · " + text("ar", "category.conversation-group"));
        assertThat(card.findElement(By.cssSelector("[data-testid=offer-level]")).getAttribute("data-level"))
                .isEqualTo("A1");
        assertThat(card.findElement(By.cssSelector("[data-testid=offer-places]")).getAttribute("data-places"))
                .isEqualTo("free");
        assertThat(accessibilityViolations()).as("real results, Arabic").isEmpty();
        card.findElement(By.cssSelector("[data-testid=offer-link]")).click();
        assertThat(waitForText(By.cssSelector("[data-testid=offer-title]"), word)).isEqualTo("Praatgroep " + word);
        find(By.cssSelector("[data-testid=join-form]"));
        assertNoHorizontalScrolling();
        assertThat(accessibilityViolations()).as("real offer and form, Arabic").isEmpty();
    }

    @Test
    void theServerAcceptsEveryChoiceTheFinderSends() {
        openPublic("/?q=praten&municipality=33029&near=true&type=alternative&category=conversation-group&day=wed"
                + "&free=true&level=A1", "nl");
        waitUntil(d -> !d.findElements(By.cssSelector("[data-testid=offer-card], [data-testid=finder-empty], "
                + "[data-testid=finder-error]")).isEmpty());
        assertThat(browser().findElements(By.cssSelector("[data-testid=finder-error]"))).isEmpty();
        openPublic("/?municipality=33029&near=false", "fa");
        waitUntil(d -> !d.findElements(By.cssSelector("[data-testid=offer-card], [data-testid=finder-empty], "
                + "[data-testid=finder-error]")).isEmpty());
        assertThat(browser().findElements(By.cssSelector("[data-testid=finder-error]"))).isEmpty();
        // The kinds come from the trajectory-type registry, translated where the bundles know the ids.
        assertThat(browser().findElements(By.cssSelector("[data-testid=finder-kind] option"))).extracting(
                o -> o.getAttribute("value")).contains("alternative", "alternative/conversation-group", "volunteering");
    }
}
