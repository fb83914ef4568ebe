package be.vierdepijler.web.api.participation;

/** How many open requests the caller sees. */
public record OpenCountDto(long open) {
}
