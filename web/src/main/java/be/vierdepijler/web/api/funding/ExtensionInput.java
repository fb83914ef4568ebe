package be.vierdepijler.web.api.funding;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The body of {@code POST /funding/projects/{id}/extensions}. */
public record ExtensionInput(LocalDate endDate, BigDecimal extraAmount, LocalDate decisionDate, String note) {
}
