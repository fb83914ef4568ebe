package be.vierdepijler.web.api.trajectory;

import java.math.BigDecimal;

/** The entry after a decision, and where its trajectory stands now. */
public record DecisionDto(HourEntryDto entry, String trajectoryStatus, BigDecimal confirmedHours, boolean completed) {
}
