package be.vierdepijler.web.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.core.shared.PublicLanguages;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The public pages' message bundles ({@code aanbod/i18n/<language>.json}): every language has exactly the keys of
 * Dutch, none empty, with the same {placeholders}; every key the pages' code names exists; and the language menu
 * offers exactly the languages the server accepts ({@link PublicLanguages}), as do the staff app's choices of a
 * progress link's language and of an offer's short descriptions: a language is added everywhere or the build fails.
 */
class PublicBundlesTest {

    private static final Path AANBOD = Path.of("src/main/webapp/aanbod");
    private static final Path APP = Path.of("src/main/webapp/app");
    private static final List<String> LANGUAGES = PublicLanguages.CODES;
    /** A list of two-letter codes as the staff app writes it: {@code ['nl', 'en']}. */
    private static final Pattern CODE_LIST = Pattern.compile("\\[((?:\\s*'[a-z]{2}',?)+)\\s*]");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
    /** A key as the code writes it: a quoted literal starting with one of the bundles' prefixes. */
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "['\"`]((?:app|lang|common|nav|finder|level|kind|category|day|places|offer|join|error|progress)"
                    + "\\.[A-Za-z0-9.-]*[A-Za-z0-9])['\"`]");

    static Stream<String> languages() {
        return LANGUAGES.stream();
    }

    static Stream<String> languagesBesidesDutch() {
        return LANGUAGES.stream().filter(l -> !l.equals("nl"));
    }

    @ParameterizedTest
    @MethodSource("languagesBesidesDutch")
    void eachBundleHasExactlyTheDutchKeys(String language) {
        Map<String, String> dutch = bundle("nl");
        Map<String, String> other = bundle(language);
        Set<String> missing = new TreeSet<>(dutch.keySet());
        missing.removeAll(other.keySet());
        Set<String> extra = new TreeSet<>(other.keySet());
        extra.removeAll(dutch.keySet());
        assertThat(missing).as("keys of nl.json missing from %s.json", language).isEmpty();
        assertThat(extra).as("keys in %s.json that nl.json does not have", language).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("languages")
    void noTextIsEmptyAndEveryPlaceholderIsKept(String language) {
        Map<String, String> dutch = bundle("nl");
        Map<String, String> texts = bundle(language);
        assertThat(texts.entrySet().stream().filter(e -> e.getValue().isBlank()).map(Map.Entry::getKey))
                .as("empty texts in %s.json", language).isEmpty();
        List<String> wrong = new ArrayList<>();
        texts.forEach((key, text) -> {
            if (dutch.containsKey(key) && !placeholders(text).equals(placeholders(dutch.get(key)))) {
                wrong.add(key + ": " + placeholders(text) + " instead of " + placeholders(dutch.get(key)));
            }
        });
        assertThat(wrong).as("placeholders in %s.json", language).isEmpty();
    }

    @Test
    void theRightToLeftBundlesAreWrittenInArabicScript() {
        for (String language : List.of("ar", "fa")) {
            assertThat(bundle(language).get("finder.title")).as(language).matches(".*[\\u0600-\\u06FF].*");
        }
        assertThat(bundle("uk").get("finder.title")).matches(".*[\\u0400-\\u04FF].*");
    }

    @Test
    void everyKeyTheCodeNamesIsInTheBundles() {
        Set<String> dutch = bundle("nl").keySet();
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.walk(AANBOD)) {
            files.filter(f -> f.toString().endsWith(".js") || f.toString().endsWith(".html")).forEach(f -> {
                Matcher m = KEY_IN_CODE.matcher(read(f));
                while (m.find()) {
                    named.add(m.group(1));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(named).as("keys found in the code").hasSizeGreaterThan(50);
        assertThat(named.stream().filter(k -> !dutch.contains(k) && !k.endsWith("."))).as("keys missing").isEmpty();
    }

    @Test
    void theLanguageMenuOffersExactlyTheLanguagesTheServerAccepts() {
        String i18n = read(AANBOD.resolve("js/i18n.js"));
        List<String> offered = Pattern.compile("code: '([a-z]{2})'").matcher(i18n).results().map(m -> m.group(1))
                .toList();
        assertThat(offered).containsExactlyElementsOf(LANGUAGES);
        try (Stream<Path> files = Files.list(AANBOD.resolve("i18n"))) {
            assertThat(files.map(f -> f.getFileName().toString().replace(".json", "")).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrderElementsOf(LANGUAGES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theStaffAppOffersExactlyTheLanguagesTheServerAccepts() {
        assertThat(codeList(APP.resolve("trajectory/progress-link-card.js"), "PROGRESS_LANGUAGES"))
                .as("languages of a progress link").containsExactlyElementsOf(LANGUAGES);
        assertThat(codeList(APP.resolve("pages/offer.js"), "SUMMARY_LANGUAGES"))
                .as("languages of an offer's short descriptions").containsExactlyElementsOf(LANGUAGES);
    }

    @Test
    void theCodeListIsReadAsWritten() {
        Matcher m = CODE_LIST.matcher("const X = ['nl', 'en',\n 'de'];");
        assertThat(m.find()).isTrue();
        assertThat(codes(m.group(1))).containsExactly("nl", "en", "de");
        assertThat(codes(m.group(1))).isNotEqualTo(LANGUAGES);
    }

    /** The codes of the list assigned to {@code name} in a staff app module. */
    private static List<String> codeList(Path file, String name) {
        String code = read(file);
        int at = code.indexOf(name + " = [");
        assertThat(at).as("%s in %s", name, file).isNotNegative();
        Matcher m = CODE_LIST.matcher(code);
        assertThat(m.find(at)).as("a list of codes after %s", name).isTrue();
        return codes(m.group(1));
    }

    private static List<String> codes(String list) {
        return Pattern.compile("'([a-z]{2})'").matcher(list).results().map(r -> r.group(1)).toList();
    }

    @Test
    void theCheckNoticesAMissingKey() {
        Map<String, String> dutch = bundle("nl");
        Set<String> fewer = new TreeSet<>(dutch.keySet());
        fewer.remove("finder.title");
        assertThat(fewer).isNotEqualTo(dutch.keySet());
        assertThat(placeholders("{a} en {b}")).containsExactly("a", "b");
    }

    private static Set<String> placeholders(String text) {
        return PLACEHOLDER.matcher(text).results().map(m -> m.group(1)).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Map<String, String> bundle(String language) {
        try (JsonReader reader = Json.createReader(new StringReader(read(AANBOD.resolve("i18n/" + language + ".json"))))) {
            JsonObject object = reader.readObject();
            Map<String, String> texts = new java.util.LinkedHashMap<>();
            object.forEach((key, value) -> {
                assertThat(value.getValueType()).as("%s in %s.json is text", key, language)
                        .isEqualTo(JsonValue.ValueType.STRING);
                texts.put(key, ((JsonString) value).getString());
            });
            return texts;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
