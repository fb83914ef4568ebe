package be.vierdepijler.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.it.ApiTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The browser plumbing of the UI tests: Debian's headless Chromium driven by its own chromedriver (nothing is
 * downloaded), one browser per test class, a fresh profile, waits that tolerate Lit re-rendering, screenshots.
 * A subclass runs against the EAR Maven built ({@link be.vierdepijler.it.DefaultDeployment}), with the fixtures it
 * names in {@link be.vierdepijler.it.Fixtures}.
 *
 * <p>Without Chromium the tests are skipped on a developer's machine but fail when {@code CI=true}: CI must never
 * pass without having run them.
 */
public abstract class BrowserTest extends ApiTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("browser.binary", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.driver", "/usr/bin/chromedriver"));
    private static final Duration WAIT = Duration.ofSeconds(15);

    private static ChromeDriver driver;
    /** axe-core's source, read once from its WebJar. */
    private static String axe;
    private static Path profile;

    @BeforeAll
    static void requireBrowser() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return;
        }
        String missing = "The browser tests need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (apt-get install -y chromium chromium-driver).";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(missing + " CI must run them, so this is a failure.");
        }
        Assumptions.abort(missing);
    }

    @BeforeEach
    void startBrowser() throws IOException {
        if (driver != null) {
            return;
        }
        profile = Files.createTempDirectory("vp-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1366,900", "--force-device-scale-factor=1");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    /** Each test starts in Dutch, the default: forget a language chosen by the previous one. */
    @AfterEach
    void forgetLanguage() {
        if (driver != null && driver.getCurrentUrl().startsWith(root())) {
            driver.executeScript("localStorage.clear()");
        }
    }

    @AfterAll
    static void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
            profile = null;
        }
    }

    protected ChromeDriver browser() {
        return driver;
    }

    /**
     * Loads the application afresh at a route, e.g. {@code /municipalities?network=westhoek}, signed in as the first
     * administrator: when the application asks to sign in first (a new browser, or a new deployment), this signs in
     * through the sign-in page, which then leads on to the route.
     */
    protected void open(String route) {
        driver.get("about:blank"); // a new document, not just a new hash: nothing of the previous page stays
        driver.get(root() + "/#" + route);
        waitUntil(d -> !d.findElements(By.cssSelector("main h1")).isEmpty());
        if (driver.getCurrentUrl().contains("#/sign-in") && !route.startsWith("/sign-in")) {
            signInThroughThePage("admin", ADMIN_PASSWORD);
            waitForThePageAfterSignIn();
        }
    }

    /**
     * Loads the application afresh at a route as another user: forgets the browser's session (its cookie), then signs
     * in through the sign-in page, which leads on to the route (or, for a password an administrator set, first to the
     * change-password page). A later {@link #open} signs in as the administrator again after {@link #forgetSession}.
     */
    protected void openAs(String username, String password, String route) {
        forgetSession();
        driver.get("about:blank");
        driver.get(root() + "/#" + route);
        waitUntil(d -> d.getCurrentUrl().contains("#/sign-in") && !d.findElements(By.id("username")).isEmpty());
        signInThroughThePage(username, password);
        waitForThePageAfterSignIn();
    }

    /**
     * After signing in the address changes at once, but the sign-in page (and its heading) stays until the next page's
     * module has loaded: wait for that page, not just for any heading.
     */
    private void waitForThePageAfterSignIn() {
        waitUntil(d -> !d.getCurrentUrl().contains("#/sign-in")
                && d.findElements(By.cssSelector("main vp-sign-in-page")).isEmpty()
                && !d.findElements(By.cssSelector("main h1")).isEmpty());
    }

    /**
     * Loads the newcomers' public pages (/aanbod/, no sign-in) afresh at a hash route such as {@code /} or
     * {@code /progress/<token>}, in the language the page chooses itself (the one chosen before, else the browser's,
     * else Dutch), and waits until the page has rendered.
     */
    protected void openPublic(String route) {
        openPublicAt(root() + "/aanbod/#" + route);
    }

    /** As {@link #openPublic(String)}, in the given language (?lang=, which the page then remembers). */
    protected void openPublic(String route, String language) {
        openPublicAt(root() + "/aanbod/?lang=" + language + "#" + route);
    }

    private void openPublicAt(String url) {
        driver.get("about:blank");
        driver.get(url);
        waitUntil(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready"))
                && !d.findElements(By.cssSelector("main h1")).isEmpty());
    }

    /** Drops the browser's session cookie: the next page load asks to sign in. */
    protected void forgetSession() {
        if (!driver.getCurrentUrl().startsWith(root())) {
            driver.get(root() + "/favicon.svg"); // cookies are deleted per site: be on it
        }
        driver.manage().deleteAllCookies();
    }

    /** Fills in and submits the sign-in page that is showing. */
    protected void signInThroughThePage(String username, String password) {
        type(By.id("username"), username);
        type(By.id("password"), password);
        find(By.cssSelector("[data-testid=sign-in]")).click();
    }

    protected void setWindowSize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    protected <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(condition);
    }

    /** The first visible element, once there. */
    protected WebElement find(By by) {
        return waitUntil(d -> d.findElements(by).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    /**
     * Clicks the element once nothing covers it: while a page still renders what it loaded, a section can slide over
     * the point where the element was found (ElementClickInterceptedException); then it is found and clicked again.
     */
    protected void click(By by) {
        waitUntil(d -> {
            try {
                find(by).click();
                return true;
            } catch (ElementClickInterceptedException e) {
                return null;
            }
        });
    }

    protected String textOf(By by) {
        return waitUntil(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() ? null : found.get(0).getText();
        });
    }

    /** Waits until the element's text contains the expected text, and returns the whole text. */
    protected String waitForText(By by, String expected) {
        return waitUntil(d -> {
            List<WebElement> found = d.findElements(by);
            String text = found.isEmpty() ? null : found.get(0).getText();
            return text != null && text.contains(expected) ? text : null;
        });
    }

    protected String heading() {
        return textOf(By.cssSelector("main h1"));
    }

    /**
     * Replaces what an input holds by typing, as a user does: select all, delete, type. (WebElement.clear() fires no
     * input event, so the page would not learn of it.)
     */
    protected void type(By by, String text) {
        WebElement input = find(by);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        if (!text.isEmpty()) {
            input.sendKeys(text);
        }
    }

    protected void choose(By select, String visibleText) {
        new Select(find(select)).selectByVisibleText(visibleText);
    }

    protected String valueOf(By by) {
        return find(by).getAttribute("value");
    }

    /**
     * The error the page shows at one field, asserted to be wired to that field for assistive technology (the input,
     * or the fieldset of a group, is described by it and marked invalid).
     */
    protected String errorAt(String inputId) {
        WebElement error = find(By.id(inputId + "-error"));
        WebElement control = driver.findElement(By.id(inputId));
        assertThat(control.getAttribute("aria-describedby")).contains(inputId + "-error");
        if (!"fieldset".equals(control.getTagName())) {
            assertThat(control.getAttribute("aria-invalid")).isEqualTo("true");
        }
        return error.getText();
    }

    /** The ids of every field that shows an error. */
    protected List<String> fieldsWithErrors() {
        return driver.findElements(By.cssSelector(".field__error")).stream()
                .map(e -> e.getAttribute("id").replaceFirst("-error$", "")).toList();
    }

    /** No text on screen that the bundles lack (shown as ⟦key⟧ by the i18n module). */
    protected void assertEveryTextTranslated() {
        assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain("⟦");
    }

    protected Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    /**
     * Runs Deque's axe-core on the page as it stands, with the rules of WCAG 2.0 and 2.1 at levels A and AA, and
     * returns what it found: one line per rule broken, with its impact, its help text and up to five of the elements
     * (CSS selectors) that break it. Empty when the page passes; a page on which no rule could be checked (nothing
     * rendered) does not pass.
     */
    protected List<String> accessibilityViolations() {
        script(axeScript());
        browser().manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) asyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                    .then(r => done(r.passes.length === 0 ? ['axe checked nothing on ' + location.href]
                        : r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                            + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(', '))))
                    .catch(e => done(['axe failed: ' + e]));
                """);
        return found;
    }

    private static String axeScript() {
        if (axe == null) {
            String resource = System.getProperty("axe.script");
            try (var in = BrowserTest.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("axe-core is not on the test classpath: " + resource);
                }
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axe;
    }

    protected Object asyncScript(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(javascript, arguments);
    }

    /**
     * Saves what the browser shows as {@code <name>.png} in {@code screenshots.dir} (target/screenshots unless set;
     * docs/screenshots to refresh the README's pictures).
     *
     * @return the file written
     */
    protected Path screenshot(String name) {
        Path dir = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name + ".png");
            return Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
