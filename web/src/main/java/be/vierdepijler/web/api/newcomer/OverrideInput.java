package be.vierdepijler.web.api.newcomer;

/** The body of {@code POST /newcomers/{id}/eligibility-override}. */
public record OverrideInput(String motivation) {
}
