package be.vierdepijler.regions.funding.domain;

/** What a list of calls is narrowed to; each part optional (null). {@code query} searches reference and name. */
public record FundingCallFilter(CallKind kind, String query) {
}
