package be.vierdepijler.core.participation.domain;

/** The counsellors' list's filters, each null when not used; {@code q} searches first name and reference. */
public record RequestFilter(RequestStatus status, String networkId, String municipalityNis, String q) {
}
