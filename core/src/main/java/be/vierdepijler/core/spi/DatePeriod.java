package be.vierdepijler.core.spi;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days from {@code start} to {@code end}, both included.
 */
public record DatePeriod(LocalDate start, LocalDate end) {

    public DatePeriod {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("a period ends on or after its start: " + start + " .. " + end);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
