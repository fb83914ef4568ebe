package be.vierdepijler.web.api.buddy;

/**
 * What the public registration answers: a reference to quote when calling the buddy scheme, nothing personal.
 *
 * @param status always {@code registered} (awaiting screening)
 */
public record RegistrationReceiptDto(String reference, String status, String message) {
}
