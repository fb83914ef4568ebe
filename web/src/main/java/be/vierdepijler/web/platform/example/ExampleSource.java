package be.vierdepijler.web.platform.example;

import be.vierdepijler.core.access.Caller;

/**
 * The seam through which {@code VP_EXAMPLE_DATA=sources} loads the published sources (the 2020 pilot call and its
 * projects, the network call, the projects of a budget article) through the import path. A CDI bean implementing this
 * interface is found by {@link be.vierdepijler.web.platform.ExampleDataStartup}; while none is deployed, asking for
 * {@code sources} logs an error and loads nothing of them (nothing is faked in their place).
 *
 * <p>An implementation loads through the same import path a user would (dry run, then import), as the administrator
 * it is given, and adds nothing when its data is already there (re-importing the same file changes nothing).
 */
public interface ExampleSource {

    /** What it loads, for the log (e.g. "de proeftuinen van 2020 (vraag 120)"). */
    String name();

    /**
     * Loads the source's data; a second call adds nothing.
     *
     * @param administrator who the import runs as (see {@link ExampleSets#LOADER})
     * @return one line for the log: what was loaded, or that it was already there
     */
    String load(Caller administrator);
}
