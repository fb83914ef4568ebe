package be.vierdepijler.web.platform.example;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.imports.application.Imports;
import be.vierdepijler.core.imports.domain.ImportRun;
import be.vierdepijler.core.imports.domain.ImportStatus;
import be.vierdepijler.core.imports.domain.RowProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The published sources as example data ({@code VP_EXAMPLE_DATA=sources}): the files typed from the parliamentary
 * answers (docs/example-data.md), shipped in the regions jar under {@code example/sources/}, go in through the one
 * import path a user has — the calls first, then their projects. Natural keys make a second start change nothing (the
 * runs answer "unchanged"). A file the import refuses stops the loading with its problems in the exception, so a
 * broken example file is seen at once rather than loaded in part.
 */
@ApplicationScoped
public class PublishedSources implements ExampleSource {

    /** Import kind and file, in the order they must go in (projects name their call). */
    static final List<String[]> FILES = List.of(new String[] {"funding-calls", "funding-calls.csv"},
            new String[] {"projects", "projects.csv"});

    private static final String FOLDER = "/example/sources/";

    @Inject
    Imports imports;

    @Override
    public String name() {
        return "de gepubliceerde bronnen (oproepen en projecten van vraag 120 en 162, de netwerkoproep van vraag 154)";
    }

    @Override
    public String load(Caller administrator) {
        List<String> lines = new ArrayList<>();
        for (String[] file : FILES) {
            ImportRun run = imports.runNow(administrator, file[0], file[1], read(file[1]));
            if (run.status() != ImportStatus.DONE) {
                throw new IllegalStateException("The example file " + file[1] + " was not imported (" + run.status()
                        + "): " + run.problems().stream().limit(10).map(PublishedSources::describe)
                        .collect(Collectors.joining("; ")));
            }
            lines.add(file[1] + ": " + run.created() + " nieuw, " + run.updated() + " gewijzigd, " + run.unchanged()
                    + " ongewijzigd");
        }
        return String.join(", ", lines);
    }

    private static String describe(RowProblem p) {
        return "regel " + p.line() + (p.column() == null ? "" : " kolom " + p.column()) + ": " + p.reason();
    }

    private static byte[] read(String name) {
        try (InputStream in = PublishedSources.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("The example file " + FOLDER + name + " is not in this build.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
