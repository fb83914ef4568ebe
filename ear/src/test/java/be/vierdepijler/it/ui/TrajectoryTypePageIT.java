package be.vierdepijler.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Placement forms rendered from each type's schema as the API serves it, checked by the API at each field. */
class TrajectoryTypePageIT extends BrowserTest {

    private static final By CHECK = By.cssSelector("[data-testid=check]");

    private static By field(String name) {
        return By.id("placement-" + name);
    }

    @Test
    void everyTypesFormHasALabelledControlForEachFieldOfItsSchema() {
        List<Map<String, Object>> types = api().get("/trajectory-types").jsonPath().getList("items");
        assertThat(types).hasSize(4);
        open("/trajectory-types");
        assertThat(browser().findElements(By.cssSelector("[data-testid=trajectory-types] > li"))).hasSize(4);
        for (Map<String, Object> type : types) {
            open("/trajectory-types/" + type.get("id"));
            assertThat(heading()).isEqualTo(type.get("label"));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> fields = (List<Map<String, Object>>) type.get("fields");
            List<WebElement> rendered = browser().findElements(By.cssSelector("[data-testid=placement-form] [data-field]"));
            assertThat(rendered).extracting(e -> e.getAttribute("data-field"))
                    .containsExactlyElementsOf(fields.stream().map(f -> (String) f.get("name")).toList());
            for (Map<String, Object> f : fields) {
                WebElement control = browser().findElement(field((String) f.get("name")));
                String label = "fieldset".equals(control.getTagName())
                        ? control.findElement(By.tagName("legend")).getText()
                        : browser().findElement(By.cssSelector("label[for='placement-" + f.get("name") + "']")).getText();
                assertThat(label).startsWith((String) f.get("label"));
                if (Boolean.TRUE.equals(f.get("required"))) {
                    assertThat(label).endsWith("(verplicht)");
                }
            }
            assertEveryTextTranslated();
        }
    }

    @Test
    void theApisViolationShowsAtItsFieldAndTheInputStays() {
        open("/trajectory-types/internship");
        assertThat(heading()).isEqualTo("Kennismakingsstage");
        type(field("hostOrganisation"), "org-31");
        choose(field("hostKind"), "bedrijf");
        type(field("supervisor"), "An Peeters");
        type(field("startDate"), "07/04/2025");
        type(field("endDate"), "01/04/2025");
        find(By.cssSelector("#placement-agreementSigned label[for=placement-agreementSigned-0]")).click();
        find(CHECK).click();

        assertThat(errorAt("placement-endDate")).contains("De einddatum valt voor de begindatum");
        assertThat(fieldsWithErrors()).containsExactly("placement-endDate");
        assertThat(valueOf(field("endDate"))).isEqualTo("01/04/2025");
        assertThat(valueOf(field("supervisor"))).isEqualTo("An Peeters");
        assertThat(find(By.id("placement-agreementSigned-0")).isSelected()).isTrue();

        // The summary's link leads to the field.
        find(By.cssSelector(".error-summary a")).click();
        assertThat(browser().switchTo().activeElement().getAttribute("id")).isEqualTo("placement-endDate");

        type(field("endDate"), "18/04/2025");
        find(CHECK).click();
        waitForText(By.cssSelector("[data-testid=check-passed]"), "telt mee als Stage");
        assertThat(fieldsWithErrors()).isEmpty();
    }

    @Test
    void requiredFieldsAndOneItemOfAListAreNamedWhereTheyAre() {
        open("/trajectory-types/buddy");
        type(field("sharedLanguages"), "nl, Frans");
        find(CHECK).click();
        // sharedLanguages[1] is refused by the API: shown at the list's field, with the other required ones.
        assertThat(errorAt("placement-sharedLanguages")).contains("Frans");
        assertThat(errorAt("placement-buddy")).contains("'Buddy' is verplicht.");
        assertThat(errorAt("placement-meetingRhythm")).contains("verplicht");
        assertThat(fieldsWithErrors()).containsExactlyInAnyOrder("placement-buddy", "placement-meetingRhythm",
                "placement-sharedLanguages");
        assertThat(valueOf(field("sharedLanguages"))).isEqualTo("nl, Frans");
    }

    @Test
    void inEnglishTheFormAndTheApisMessagesAreEnglish() {
        open("/trajectory-types/alternative");
        find(By.cssSelector("button[data-language=en]")).click();
        waitUntil(d -> "Alternative trajectory".equals(heading()) ? true : null);
        type(field("groupSize"), "1,5");
        find(CHECK).click();
        assertThat(errorAt("placement-subtype")).contains("is required");
        assertThat(errorAt("placement-groupSize")).contains("whole number");
        assertThat(valueOf(field("groupSize"))).isEqualTo("1,5");
        assertEveryTextTranslated();
    }
}
