package be.vierdepijler.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The import page as a coordinator's day goes: an organisations CSV with one bad row is checked and the row's error is
 * shown with its line and column, importing stays impossible; the file is fixed, checked clean, imported, and the
 * counts are shown.
 */
class ImportsPageIT extends BrowserTest {

    private static Path file(String name, String... lines) throws IOException {
        Path dir = Files.createTempDirectory("import-page");
        Path file = dir.resolve(name);
        Files.writeString(file, "\uFEFF" + String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void showsTheBadRowsLineAndColumnThenImportsTheFixedFile() throws IOException {
        String tag = "Pagina-import " + Long.toString(System.nanoTime(), 36);
        open("/imports");
        assertThat(heading()).isEqualTo("Importeren");
        assertThat(find(By.cssSelector("nav.nav [aria-current=page]")).getText()).isEqualTo("Importeren");
        choose(By.id("import-kind"), "Organisaties");
        assertThat(textOf(By.cssSelector("[data-testid=import-columns]"))).contains("naam").contains("gemeente");

        Path bad = file("organisaties.csv", "naam;gemeente;soort", tag + " A;33021;association",
                tag + " B;99999;association");
        find(By.id("import-file")).sendKeys(bad.toString());
        click(By.cssSelector("[data-testid=import-check]"));
        String problems = waitForText(By.cssSelector("[data-testid=import-problems] tbody"), "99999");
        assertThat(problems).contains("3").contains("gemeente");
        assertThat(find(By.cssSelector("[data-testid=import-run]")).isEnabled()).isFalse();
        assertThat(api().queryParam("q", tag).get("/organisations").jsonPath().getInt("totalItems")).isZero();

        Path fixed = file("organisaties-verbeterd.csv", "naam;gemeente;soort", tag + " A;33021;association",
                tag + " B;33011;association");
        find(By.id("import-file")).sendKeys(fixed.toString());
        assertThat(find(By.cssSelector("[data-testid=import-run]")).isEnabled()).isFalse();
        click(By.cssSelector("[data-testid=import-check]"));
        waitForText(By.cssSelector("[data-testid=import-counts]"), "2 rijen: 2 nieuw, 0 gewijzigd, 0 ongewijzigd");
        assertThat(api().queryParam("q", tag).get("/organisations").jsonPath().getInt("totalItems")).isZero();

        waitUntil(d -> d.findElement(By.cssSelector("[data-testid=import-run]")).isEnabled() ? true : null);
        click(By.cssSelector("[data-testid=import-run]"));
        waitForText(By.cssSelector("[data-testid=import-result]"), "Geïmporteerd");
        assertThat(textOf(By.cssSelector("[data-testid=import-counts]")))
                .isEqualTo("2 rijen: 2 nieuw, 0 gewijzigd, 0 ongewijzigd");
        assertThat(find(By.cssSelector("[data-testid=import-result] [role=progressbar]")).getAttribute("aria-valuenow"))
                .isEqualTo("100");
        assertThat(api().queryParam("q", tag).get("/organisations").jsonPath().getInt("totalItems")).isEqualTo(2);
        assertEveryTextTranslated();
    }
}
