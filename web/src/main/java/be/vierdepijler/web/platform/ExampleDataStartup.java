package be.vierdepijler.web.platform;

import be.vierdepijler.core.shared.Settings;
import be.vierdepijler.web.platform.example.ExampleSets;
import be.vierdepijler.web.platform.example.ExampleSource;
import be.vierdepijler.web.platform.example.SyntheticExampleData;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Loads example data at start when {@code VP_EXAMPLE_DATA} (system property {@code vp.example.data}) asks for it:
 * {@code sources} (the published sources, through the import path: {@link #loadSources()}), {@code synthetic} (see
 * {@link SyntheticExampleData}), or both, comma-separated. Never by default. Runs after the migration and after the
 * first administrator exists. Each part adds nothing when it is already there, so the setting may stay on.
 *
 * <p>A value that is not one of these is logged as an error naming the allowed values, and nothing is loaded; the
 * deployment goes on, since a server must not refuse to start over example data. A failure while loading is logged in
 * the same way: what was loaded before it stays (each network of the synthetic set is marked as it starts).
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigrator", "AdministratorStartup"})
@TransactionManagement(TransactionManagementType.BEAN)
public class ExampleDataStartup {

    private static final Logger LOG = Logger.getLogger(ExampleDataStartup.class.getName());

    @Inject
    SyntheticExampleData synthetic;

    /** The published sources; implemented with the import path (none deployed yet: {@code sources} then says so). */
    @Inject
    @Any
    Instance<ExampleSource> sources;

    @PostConstruct
    void loadWhenAsked() {
        String raw = Settings.text(ExampleSets.PROPERTY, ExampleSets.ENVIRONMENT).orElse(null);
        ExampleSets.Request request = ExampleSets.parse(raw);
        if (!request.valid()) {
            LOG.severe(request.error());
            return;
        }
        if (request.parts().isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        List<String> loaded = new ArrayList<>();
        try {
            if (request.asks(ExampleSets.Part.SOURCES)) {
                loaded.addAll(loadSources());
            }
            if (request.asks(ExampleSets.Part.SYNTHETIC)) {
                loaded.add(synthetic.load().toString());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Loading the example data (" + ExampleSets.ENVIRONMENT + "=" + raw + ") failed;"
                    + " what was loaded before stays" + (loaded.isEmpty() ? "" : ": " + String.join("; ", loaded)), e);
            return;
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.info(() -> "Example data (" + ExampleSets.ENVIRONMENT + "=" + raw + ") loaded in " + millis + " ms: "
                + String.join("; ", loaded));
    }

    /**
     * The published sources, each loaded through the import path by its {@link ExampleSource}. While no such bean is
     * deployed, this says so in the log and loads nothing in their place.
     *
     * @return a line per source for the log
     */
    List<String> loadSources() {
        List<String> lines = new ArrayList<>();
        if (sources.isUnsatisfied()) {
            LOG.severe(ExampleSets.ENVIRONMENT + " asks for 'sources', but this build has no import of the published"
                    + " sources yet; they are not loaded.");
            lines.add("sources: not available in this build");
            return lines;
        }
        for (ExampleSource source : sources) {
            lines.add(source.name() + ": " + source.load(ExampleSets.LOADER));
        }
        return lines;
    }
}
