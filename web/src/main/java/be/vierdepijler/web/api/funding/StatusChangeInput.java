package be.vierdepijler.web.api.funding;

import java.time.LocalDate;

/** The body of {@code POST /funding/projects/{id}/status}: the new status, the decision's date (today when absent), a note. */
public record StatusChangeInput(String to, LocalDate decisionDate, String note) {
}
