package be.vierdepijler.web.api.confirmation;

import java.util.List;

/**
 * The contact person's answer through a link: {@code confirm} or {@code reject} (with a reason), for every entry of the
 * link or only those in {@code entryIds}.
 */
public record LinkDecisionInput(String decision, String reason, List<Long> entryIds) {
}
