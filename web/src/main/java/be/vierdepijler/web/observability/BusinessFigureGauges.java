package be.vierdepijler.web.observability;

import be.vierdepijler.core.report.domain.OperationalFigures;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;
import java.util.logging.Logger;

/**
 * The business figures as gauges: {@code vp_hours_recorded}, {@code vp_hours_confirmed} (hours, all networks) and
 * {@code vp_mails_pending}, and when they were read, {@code vp_business_figures_read_seconds}. A scrape never runs
 * SQL: the gauges show the figures this bean read last, and it reads them again every {@value #SECONDS} seconds on
 * every node ({@link OperationalFigures.Source}: a few indexed aggregates). Until the first read succeeded, and while
 * reads fail, a gauge shows what it showed before (NaN at first).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class BusinessFigureGauges {

    static final int SECONDS = 10;

    /** Iterable, not Tags: the overload WildFly's deployment registry passes on (and the one Micrometer 1.15 has). */
    private static final Iterable<Tag> NO_TAGS = Tags.empty();
    private static final String READ = "vp.business.figures.read.seconds";

    private static final Logger LOG = Logger.getLogger(BusinessFigureGauges.class.getName());

    private final AtomicReference<OperationalFigures> last = new AtomicReference<>();
    private final AtomicLong readAt = new AtomicLong();

    @Inject
    MeterRegistry registry;

    @Inject
    OperationalFigures.Source source;

    @PostConstruct
    void register() {
        removeGauges();
        gauge("vp.hours.recorded", f -> f.hoursRecorded().doubleValue());
        gauge("vp.hours.confirmed", f -> f.hoursConfirmed().doubleValue());
        gauge("vp.mails.pending", f -> (double) f.mailsPending());
        registry.gauge(READ, NO_TAGS, readAt, r -> r.get() / 1000.0);
        refresh();
    }

    /**
     * A gauge outlives its deployment in WildFly's registry: a redeployment would find the old one, still showing the
     * old bean's figures, instead of registering its own. So the gauges go when the bean goes, and any left over by an
     * earlier deployment before new ones come.
     */
    @PreDestroy
    void removeGauges() {
        for (String name : List.of("vp.hours.recorded", "vp.hours.confirmed", "vp.mails.pending", READ)) {
            registry.find(name).meters().forEach(registry::remove);
        }
    }

    /**
     * Through {@link MeterRegistry#gauge(String, Iterable, Object, ToDoubleFunction)}, the shorthand WildFly's
     * registry of a deployment passes on to the registry it exports (see {@link EndpointMetrics}); the gauge holds
     * {@link #last} weakly, and this bean, which lives as long as the deployment, holds it.
     */
    private void gauge(String name, ToDoubleFunction<OperationalFigures> figure) {
        registry.gauge(name, NO_TAGS, last, l -> l.get() == null ? Double.NaN : figure.applyAsDouble(l.get()));
    }

    @Schedule(hour = "*", minute = "*", second = "*/" + SECONDS, persistent = false, info = "business-figures")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void refresh() {
        try {
            last.set(source.read());
            readAt.set(System.currentTimeMillis());
        } catch (RuntimeException e) {
            LOG.warning(() -> "Reading the business figures for the metrics failed; next try in " + SECONDS + " s: "
                    + e.getClass().getSimpleName());
        }
    }
}
