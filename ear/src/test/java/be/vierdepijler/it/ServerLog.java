package be.vierdepijler.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The test server's log: server.log and any day it rotated away, in its base directory (ear/pom.xml it.server.dir). */
final class ServerLog {

    private ServerLog() {
    }

    static Path directory() {
        return Path.of(System.getProperty("it.server.dir", "target/it-server"), "log");
    }

    /** Every line of every server.log* file, oldest file first. */
    static List<String> lines() {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> files = Files.list(directory())) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("server.log")).sorted().toList()) {
                lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the test server's log in " + directory(), e);
        }
        return lines;
    }
}
