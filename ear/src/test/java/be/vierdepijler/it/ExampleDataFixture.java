package be.vierdepijler.it;

import be.vierdepijler.web.platform.example.ExampleSets;
import be.vierdepijler.web.platform.example.PublishedSources;
import be.vierdepijler.web.platform.example.SyntheticExampleData;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Runs the synthetic example set's loader on the test server, which starts without {@code VP_EXAMPLE_DATA} (the
 * server is shared by every test class). Deployed only in {@link ExampleDataIT}'s copy of the EAR (inside its WAR),
 * behind the same sign-in as the rest of the API, as {@link RetentionFixture} is; never part of the application.
 */
@Path("test-fixtures/example-data")
@RequestScoped
public class ExampleDataFixture {

    @Inject
    SyntheticExampleData synthetic;

    @Inject
    PublishedSources sources;

    /** Loads the published sources through the import path, as the start-up does; its line for the log. */
    @POST
    @Path("sources")
    @Produces(MediaType.APPLICATION_JSON)
    public String loadSources() {
        return "{\"line\":\"" + sources.load(ExampleSets.LOADER).replace("\\", "\\\\").replace("\"", "\\\"") + "\"}";
    }

    /** Loads the set where it is not there yet, as the start-up does; what it did, and how long it took. */
    @POST
    @Path("synthetic")
    @Produces(MediaType.APPLICATION_JSON)
    public String loadSynthetic() {
        long start = System.nanoTime();
        SyntheticExampleData.Summary summary = synthetic.load();
        long millis = (System.nanoTime() - start) / 1_000_000;
        return "{\"networksLoaded\":" + summary.networksLoaded() + ",\"networksSkipped\":" + summary.networksSkipped()
                + ",\"millis\":" + millis + ",\"summary\":\"" + summary.toString().replace("\\", "\\\\")
                .replace("\"", "\\\"") + "\"}";
    }
}
