package be.vierdepijler.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.RestAssured;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;

/**
 * What the tests of the newcomers' public pages (/aanbod/) share: a phone-sized window (360×740, a cheap Android
 * phone), answers of the public API stubbed in the page (to show states the server's data does not hold yet, e.g. a
 * progress page with hours, without touching the server), the requests the page sent, and its weight.
 */
abstract class NewcomerPageTest extends BrowserTest {

    static final int PHONE_WIDTH = 360;
    static final int PHONE_HEIGHT = 740;

    private final List<String> injected = new ArrayList<>();

    @BeforeEach
    void phoneSized() {
        setWindowSize(PHONE_WIDTH, PHONE_HEIGHT);
    }

    @AfterEach
    void removeStubs() {
        for (String identifier : injected) {
            browser().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", identifier));
        }
        injected.clear();
    }

    /**
     * From the next page load on, the page's fetch() answers a path under /api/v1/public/ (e.g. {@code offers}) with
     * the given status and JSON body instead of asking the server; every request the page makes is recorded.
     * The stubs hold until the end of the test.
     */
    void stub(Map<String, Answer> answers) {
        StringBuilder table = new StringBuilder("{");
        answers.forEach((path, answer) -> table.append(table.length() > 1 ? "," : "").append('"').append(path)
                .append("\":{\"status\":").append(answer.status()).append(",\"body\":").append(answer.json())
                .append('}'));
        table.append('}');
        String source = """
                (() => {
                    const answers = %s;
                    const real = window.fetch.bind(window);
                    window.__requests = [];
                    window.fetch = async (input, init = {}) => {
                        const url = new URL(input instanceof Request ? input.url : String(input), location.href);
                        const path = url.pathname.replace(/^.*\\/api\\/v1\\/public\\//, '');
                        const api = url.pathname.includes('/api/v1/public/');
                        if (api) {
                            window.__requests.push({ path, query: url.search, method: init.method || 'GET',
                                body: init.body || null });
                        }
                        const answer = api ? answers[path] : undefined;
                        if (!answer) {
                            return real(input, init);
                        }
                        const type = answer.status >= 400 ? 'application/problem+json' : 'application/json';
                        return new Response(JSON.stringify(answer.body), { status: answer.status,
                            headers: { 'Content-Type': type } });
                    };
                })();
                """.formatted(table);
        Map<String, Object> result = browser().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", source));
        injected.add(String.valueOf(result.get("identifier")));
    }

    /** One stubbed answer. */
    record Answer(int status, String json) {
        static Answer ok(String json) {
            return new Answer(200, json);
        }
    }

    static Map<String, Answer> answers(Object... pathsAndAnswers) {
        Map<String, Answer> map = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndAnswers.length; i += 2) {
            map.put((String) pathsAndAnswers[i], (Answer) pathsAndAnswers[i + 1]);
        }
        return map;
    }

    /** The requests to the public API the page made since it loaded, as "METHOD path?query body". */
    @SuppressWarnings("unchecked")
    List<String> requests() {
        List<Map<String, Object>> found = (List<Map<String, Object>>) script("return window.__requests || []");
        return found.stream().map(r -> r.get("method") + " " + r.get("path") + r.get("query")
                + (r.get("body") == null ? "" : " " + r.get("body"))).toList();
    }

    /** A text of a public page's bundle, as the server serves it. */
    String text(String language, String key) {
        Map<String, Object> bundle = RestAssured.given().get(root() + "/aanbod/i18n/" + language + ".json").then()
                .statusCode(200).extract().jsonPath().getMap("$");
        assertThat(bundle).containsKey(key);
        return String.valueOf(bundle.get(key));
    }

    String htmlAttribute(String name) {
        return browser().findElement(By.tagName("html")).getAttribute(name);
    }

    /** Nothing sticks out sideways on the phone: no horizontal scrolling. */
    void assertNoHorizontalScrolling() {
        Number overflow = (Number) script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(overflow.intValue()).as("pixels to scroll sideways").isLessThanOrEqualTo(0);
    }

    /**
     * Where the text of an element starts and ends horizontally on the screen ([left, right] of its text, not of its
     * box), to tell right-to-left layout from left-to-right.
     */
    @SuppressWarnings("unchecked")
    List<Number> textEdges(String cssSelector) {
        return (List<Number>) script("""
                const range = document.createRange();
                range.selectNodeContents(document.querySelector(arguments[0]));
                const r = range.getBoundingClientRect();
                return [r.left, r.right];
                """, cssSelector);
    }

    /** The browser's cache off, so the Performance API counts every byte of a first visit. */
    void withoutCache() {
        browser().executeCdpCommand("Network.enable", Map.of());
        browser().executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
    }

    /**
     * The bytes the page cost so far, from the Performance API: [transferred (headers and bodies as sent, compressed
     * if the server compressed), bodies as sent, bodies unpacked, number of requests]. Waits until the network is
     * quiet (no new entries for half a second).
     */
    @SuppressWarnings("unchecked")
    List<Number> pageWeight() {
        waitUntil(d -> {
            Number before = (Number) script("return performance.getEntriesByType('resource').length");
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Number after = (Number) script("return performance.getEntriesByType('resource').length");
            return before.intValue() == after.intValue();
        });
        return (List<Number>) script("""
                const all = [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')];
                const sum = field => all.reduce((total, e) => total + (e[field] || 0), 0);
                return [sum('transferSize'), sum('encodedBodySize'), sum('decodedBodySize'), all.length];
                """);
    }

    /** The resources of the page's weight, one line each, for the test's output. */
    @SuppressWarnings("unchecked")
    List<String> pageResources() {
        return (List<String>) script("""
                return [...performance.getEntriesByType('navigation'), ...performance.getEntriesByType('resource')]
                    .map(e => e.transferSize + ' B ' + new URL(e.name).pathname);
                """);
    }
}
