package be.vierdepijler.web.api.trajectory;

/** A decision on hours: {@code confirm} or {@code reject}, with an optional reason. */
public record DecisionInput(String decision, String reason) {
}
