package be.vierdepijler.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.core.spi.TrajectoryType;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No trajectory type id is written in core, regions or web (ADR 0004): they ask the registry and the type
 * ({@code placedWith()}, {@code suitability()}, …), so a type can be added, renamed or left out without a change
 * there. The ids are not listed here: every {@link TrajectoryType} class of the trajectory modules on the test
 * classpath is instantiated and asked for its id, and the test checks that each module under {@code trajectories/}
 * contributed one, so it cannot pass on an empty list.
 *
 * <p>Most ids are also ordinary words of the domain: {@code buddy} is the buddy aggregate's table, audit kind and
 * resource name, a {@code ReferenceTarget}, a candidate kind and a {@code placedWith} value. So a literal is taken for a
 * type id by where it stands:
 * <ul>
 *   <li><b>Java</b> (main sources of core, regions, web): a string literal equal to an id, in a statement whose code
 *       (comments and other literals left out) speaks of a type — {@code types.find("buddy")},
 *       {@code "internship".equals(typeId)}, {@code BUDDY_TYPE = "buddy"}. {@code new NotFoundException("buddy", id)}
 *       or {@code @Table(name = "buddy")} are the aggregate, not the type, and pass.</li>
 *   <li><b>JavaScript</b> ({@code web/src/main/webapp/app}): only the forms that are clearly a type id — compared with
 *       a type id ({@code typeId === 'buddy'}, {@code type.id !== "internship"}, either side), an object's
 *       {@code typeId: 'buddy'}, a path {@code types/buddy} or a query {@code typeId=buddy}. A schema field's
 *       {@code refersTo === 'buddy'} (a reference target) or a candidate {@code kind === 'buddy'} are not type ids;
 *       the UI reads {@code type.placedWith} instead.</li>
 * </ul>
 * {@link #theScannersFindATypeIdWhereOneIsWrittenAndOnlyThere()} shows on small texts that the scanners catch what
 * they should and leave the other meanings alone.
 */
class NoTrajectoryTypeIdOutsideItsModuleTest {

    private static final Pattern TYPE_WORD = Pattern.compile("type", Pattern.CASE_INSENSITIVE);
    /** A reference to a type id in JS: typeId, p.typeId, trajectoryTypeId, type.id, this.type?.id. */
    private static final String JS_TYPE_REF = "[\\w.?]*(?:[tT]ypeId|[tT]ype\\??\\.id)\\b";
    private static final String JS_COMPARE = "\\s*(?:===?|!==?)\\s*";

    private static Path root;
    private static Set<String> ids;

    @BeforeAll
    static void findTheTypeIds() throws ReflectiveOperationException {
        root = projectRoot();
        List<TrajectoryType> types = new ArrayList<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("be.vierdepijler.trajectory")) {
            if (c.isAssignableTo(TrajectoryType.class) && !c.isInterface()
                    && !Modifier.isAbstract(c.reflect().getModifiers())) {
                types.add((TrajectoryType) c.reflect().getDeclaredConstructor().newInstance());
            }
        }
        ids = types.stream().map(TrajectoryType::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> sources = types.stream().map(t -> t.getClass().getName().replace('.', '/') + ".java")
                .collect(Collectors.toSet());
        try (Stream<Path> modules = Files.list(root.resolve("trajectories"))) {
            List<Path> withSources = modules.filter(m -> Files.isDirectory(m.resolve("src/main/java"))).toList();
            assertThat(withSources).as("the trajectory modules").isNotEmpty();
            for (Path module : withSources) {
                assertThat(sources).as(module + " contributes a trajectory type to this test's classpath")
                        .anyMatch(s -> Files.exists(module.resolve("src/main/java").resolve(s)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void coreRegionsAndWebWriteNoTypeIdInJava() {
        List<String> found = new ArrayList<>();
        for (String module : List.of("core", "regions", "web")) {
            for (Path file : files(root.resolve(module).resolve("src/main/java"), ".java")) {
                javaTypeIds(read(file), ids).forEach(hit -> found.add(root.relativize(file) + ": " + hit));
            }
        }
        assertThat(found).as("trajectory type ids " + ids + " written in core, regions or web").isEmpty();
    }

    @Test
    void theUiWritesNoTypeId() {
        List<String> found = new ArrayList<>();
        for (Path file : files(root.resolve("web/src/main/webapp/app"), ".js")) {
            jsTypeIds(read(file), ids).forEach(hit -> found.add(root.relativize(file) + ": " + hit));
        }
        assertThat(found).as("trajectory type ids " + ids + " written in the UI").isEmpty();
    }

    @Test
    void theScannersFindATypeIdWhereOneIsWrittenAndOnlyThere() {
        Set<String> known = Set.of("buddy", "internship");
        assertThat(javaTypeIds("return types.find(\"buddy\").orElseThrow();", known)).hasSize(1);
        assertThat(javaTypeIds("if (\"internship\".equals(\n  placement.typeId())) {", known)).hasSize(1);
        assertThat(javaTypeIds("public static final String BUDDY_TYPE = \"buddy\";", known)).hasSize(1);
        assertThat(javaTypeIds("throw new NotFoundException(\"buddy\", String.valueOf(id));", known)).isEmpty();
        assertThat(javaTypeIds("@Table(name = \"buddy\") public class Buddy {", known)).isEmpty();
        assertThat(javaTypeIds("// types.find(\"buddy\")\nString s = \"type\" + \"buddy\";", known)).isEmpty();
        assertThat(javaTypeIds("String kind = \"buddy-type\";", known)).isEmpty();

        assertThat(jsTypeIds("if (p.typeId === 'buddy') {", known)).hasSize(1);
        assertThat(jsTypeIds("const x = \"internship\" !== type?.id;", known)).hasSize(1);
        assertThat(jsTypeIds("api.get(`/trajectory-types/buddy`)", known)).hasSize(1);
        assertThat(jsTypeIds("send({ typeId: 'buddy' })", known)).hasSize(1);
        assertThat(jsTypeIds("fields.filter((f) => f.refersTo === 'buddy')", known)).isEmpty();
        assertThat(jsTypeIds("const link = kind === 'buddy' ? a : b;", known)).isEmpty();
    }

    /** The literals equal to an id, each with its line, in statements of Java code that speak of a type. */
    static List<String> javaTypeIds(String source, Set<String> ids) {
        char[] code = source.toCharArray();
        List<int[]> literals = new ArrayList<>();
        int i = 0;
        while (i < code.length) {
            if (source.startsWith("//", i)) {
                i = blank(code, i, source.indexOf('\n', i) < 0 ? code.length : source.indexOf('\n', i));
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = blank(code, i, end < 0 ? code.length : end + 2);
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                i = blank(code, i, end < 0 ? code.length : end + 3);
            } else if (code[i] == '"' || code[i] == '\'') {
                char quote = code[i];
                int end = i + 1;
                while (end < code.length && code[end] != quote && code[end] != '\n') {
                    end += code[end] == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, code.length);
                if (quote == '"') {
                    literals.add(new int[] {i, end});
                }
                i = blank(code, i, end);
            } else {
                i++;
            }
        }
        String masked = new String(code);
        List<String> found = new ArrayList<>();
        for (int[] literal : literals) {
            String value = source.substring(literal[0] + 1, literal[1] - 1);
            if (!ids.contains(value)) {
                continue;
            }
            int from = literal[0];
            while (from > 0 && ";{}".indexOf(masked.charAt(from - 1)) < 0) {
                from--;
            }
            int to = literal[1];
            while (to < masked.length() && ";{}".indexOf(masked.charAt(to)) < 0) {
                to++;
            }
            if (TYPE_WORD.matcher(masked.substring(from, to)).find()) {
                found.add("line " + line(source, literal[0]) + ": \"" + value + "\" in "
                        + source.substring(from, to).strip().replaceAll("\\s+", " "));
            }
        }
        return found;
    }

    /** The places where JavaScript writes an id in a form that is clearly a type id (see the class comment). */
    static List<String> jsTypeIds(String source, Set<String> ids) {
        List<String> found = new ArrayList<>();
        for (String id : ids) {
            String quoted = "['\"`]" + Pattern.quote(id) + "['\"`]";
            Pattern form = Pattern.compile(JS_TYPE_REF + JS_COMPARE + quoted + "|" + quoted + JS_COMPARE + JS_TYPE_REF
                    + "|[tT]ypeId['\"]?\\s*:\\s*" + quoted + "|types/" + Pattern.quote(id) + "\\b|[tT]ypeId="
                    + Pattern.quote(id) + "\\b");
            Matcher m = form.matcher(source);
            while (m.find()) {
                found.add("line " + line(source, m.start()) + ": " + m.group());
            }
        }
        return found;
    }

    private static int blank(char[] code, int from, int to) {
        for (int k = from; k < to; k++) {
            if (code[k] != '\n') {
                code[k] = ' ';
            }
        }
        return to;
    }

    private static int line(String source, int at) {
        return (int) source.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    private static List<Path> files(Path dir, String suffix) {
        assertThat(dir).as("sources to scan").isDirectory();
        try (Stream<Path> all = Files.walk(dir)) {
            return all.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directory with the modules; the tests run in {@code ear/}. */
    private static Path projectRoot() {
        Path dir = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("trajectories")) && Files.isDirectory(p.resolve("core"))) {
                return p;
            }
        }
        throw new IllegalStateException("no project root above " + dir);
    }
}
