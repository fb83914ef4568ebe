package be.vierdepijler.web.api.participation;

/** The newcomer a request is taken in with. */
public record LinkInput(Long newcomerId) {
}
