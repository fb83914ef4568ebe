package be.vierdepijler.web.api.confirmation;

import java.math.BigDecimal;

/** What a link's decision did: how many entries and hours were confirmed or rejected, and how many stay open. */
public record LinkDecisionDto(int confirmed, int rejected, BigDecimal confirmedHours, boolean trajectoryCompleted,
                              int remaining) {
}
