package be.vierdepijler.core.privacy.application;

import be.vierdepijler.core.shared.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.OptionalInt;
import java.util.logging.Logger;

/**
 * How long the platform keeps a person's data after their part ended: {@value #ENVIRONMENT} months (default
 * {@value #DEFAULT_MONTHS}), read once at start-up ({@value #PROPERTY} as a system property wins). Past it, the
 * retention job pseudonymises the person. A value that is not a whole number from 1 to {@value #MAX_MONTHS} is
 * refused with a warning in the log, and the default applies.
 */
@ApplicationScoped
public class RetentionPolicy {

    public static final String ENVIRONMENT = "VP_RETENTION_MONTHS";
    public static final String PROPERTY = "vp.retention.months";
    /**
     * Two years: the year in which a closed trajectory may still be asked about (the eligibility rules look back one
     * year, and the yearly reports to the agency and the funders cover it), and a year of margin for an appeal or a
     * late question. Long enough for accountability, short for data of a vulnerable group.
     */
    public static final int DEFAULT_MONTHS = 24;
    static final int MAX_MONTHS = 1200;

    private static final Logger LOG = Logger.getLogger(RetentionPolicy.class.getName());

    private int months;

    @PostConstruct
    void read() {
        months = Settings.wholeNumber(PROPERTY, ENVIRONMENT, 1, MAX_MONTHS, DEFAULT_MONTHS);
        LOG.info(() -> "Personal data are pseudonymised " + months + " months after a person's part ended.");
    }

    /** The months in {@code raw}, when it is a whole number from 1 to {@value #MAX_MONTHS}. */
    static OptionalInt parse(String raw) {
        return Settings.parse(raw, 1, MAX_MONTHS);
    }

    public int months() {
        return months;
    }

    /** The first day that still counts as recent on {@code today}: whatever ended before it is past retention. */
    public LocalDate cutoff(LocalDate today) {
        return today.minusMonths(months);
    }
}
