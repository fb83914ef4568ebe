package be.vierdepijler.core.report.application;

import be.vierdepijler.core.shared.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The threshold of small counts in published reports: {@code VP_REPORT_MIN_COUNT} (system property
 * {@code vp.report.min.count} wins), 1–1000, default 5; a count from 1 up to one below it is not shown. 1 suppresses
 * nothing.
 */
@ApplicationScoped
public class ReportSettings {

    public static final String PROPERTY = "vp.report.min.count";
    public static final String ENVIRONMENT = "VP_REPORT_MIN_COUNT";
    public static final int DEFAULT_MIN_COUNT = 5;

    private int minCount;

    @PostConstruct
    void read() {
        minCount = Settings.wholeNumber(PROPERTY, ENVIRONMENT, 1, 1000, DEFAULT_MIN_COUNT);
    }

    public int minCount() {
        return minCount;
    }
}
