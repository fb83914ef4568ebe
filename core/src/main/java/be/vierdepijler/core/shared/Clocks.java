package be.vierdepijler.core.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The clock every rule that depends on "today" reads, in Belgian time. Injected, so that tests can pin the date.
 */
@ApplicationScoped
public class Clocks {

    /** The time zone of the Flemish administration. */
    public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Produces
    Clock clock() {
        return Clock.system(BRUSSELS);
    }
}
