package be.vierdepijler.web.webapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The UI's module rule: a page (a module in {@code app/pages}) imports only modules of {@code app/} and libraries,
 * never another page, and {@code app/pages} holds pages only. What two pages share lives in an {@code app/} module
 * named after what it is, so a page can change without breaking the others.
 */
class PageImportsTest {

    private static final Path APP = Path.of("src/main/webapp/app");
    private static final Path PAGES = APP.resolve("pages");
    /** Every way an ES module names another: {@code from '…'}, {@code import '…'} and {@code import('…')}. */
    private static final Pattern IMPORT = Pattern.compile("(?:\\bfrom\\s*|\\bimport\\s*\\(?\\s*)['\"]([^'\"]+)['\"]");

    @Test
    void noPageImportsAnotherPage() {
        List<String> crossings = new ArrayList<>();
        for (Path page : pages()) {
            for (String specifier : importsOf(page)) {
                if (specifier.startsWith(".")
                        && page.getParent().resolve(specifier).normalize().startsWith(PAGES.normalize())) {
                    crossings.add(PAGES.relativize(page) + " imports " + specifier);
                }
            }
        }
        assertThat(crossings).as("move what pages share into a module of app/").isEmpty();
    }

    @Test
    void theFolderOfPagesHoldsPagesOnly() {
        List<Path> pages = pages();
        assertThat(pages).as("pages found").hasSizeGreaterThan(20);
        assertThat(pages).allSatisfy(page -> assertThat(read(page))
                .as("%s defines its page element", page.getFileName())
                .contains("customElements.define("));
    }

    @Test
    void theScanSeesEveryKindOfImport() {
        assertThat(specifiers("import { a } from './x.js';")).containsExactly("./x.js");
        assertThat(specifiers("import './y.js';")).containsExactly("./y.js");
        assertThat(specifiers("load: () => import('./z.js')")).containsExactly("./z.js");
    }

    private static List<String> specifiers(String source) {
        return IMPORT.matcher(source).results().map(m -> m.group(1)).toList();
    }

    private static List<Path> pages() {
        try (Stream<Path> files = Files.list(PAGES)) {
            return files.filter(f -> f.toString().endsWith(".js")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> importsOf(Path module) {
        return specifiers(read(module));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
