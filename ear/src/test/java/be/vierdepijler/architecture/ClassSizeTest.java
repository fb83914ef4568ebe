package be.vierdepijler.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No main Java class is longer than {@value #LIMIT} lines unless its Javadoc says why, in a sentence that begins
 * "{@value #REASON}". A long class is most often one that does several things; when it is not, the sentence tells the
 * next reader so, and this test keeps a new long class from slipping in without one.
 */
class ClassSizeTest {

    static final int LIMIT = 300;
    static final String REASON = "Longer than 300 lines because";

    /** The main sources of every module, from the ear module's folder where Maven runs this test. */
    static final List<Path> SOURCES = List.of(Path.of("../core/src/main/java"), Path.of("../regions/src/main/java"),
            Path.of("../web/src/main/java"), Path.of("../trajectories"));

    @Test
    void everyLongClassSaysWhyItIsLong() {
        List<String> unexplained = javaFiles().filter(ClassSizeTest::isLong)
                .filter(file -> !read(file).contains(REASON))
                .map(Path::toString).sorted().collect(Collectors.toList());
        assertThat(unexplained).as("main classes over %d lines without '%s ...' in their Javadoc", LIMIT, REASON)
                .isEmpty();
    }

    @Test
    void findsTheSourcesItChecks() {
        assertThat(javaFiles().count()).as("main Java files found").isGreaterThan(300);
        assertThat(javaFiles().filter(ClassSizeTest::isLong).count()).as("long classes found (each explained)")
                .isPositive();
    }

    private static Stream<Path> javaFiles() {
        return SOURCES.stream().flatMap(root -> {
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(f -> f.toString().endsWith(".java"))
                        .filter(f -> f.toString().contains("/src/main/java/") || !root.endsWith("trajectories"))
                        .collect(Collectors.toList()).stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static boolean isLong(Path file) {
        return read(file).lines().count() > LIMIT;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
