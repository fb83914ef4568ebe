package be.vierdepijler.web.api.participation;

/**
 * The public form's answer: nothing personal.
 *
 * @param duplicate true when an open request for the same contact and offer existed (its reference is given again)
 * @param status    always {@code received}
 */
public record ParticipationReceiptDto(String reference, boolean duplicate, String status) {
}
