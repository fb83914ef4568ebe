package be.vierdepijler.core.participation.application;

/** What the public form answers: the reference, and whether an open request for the same contact existed. */
public record RequestReceipt(String reference, boolean duplicate) {
}
