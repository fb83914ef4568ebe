package be.vierdepijler.web.api.participation;

/**
 * The public form's body.
 *
 * @param website a honeypot the form hides and leaves empty: filled in, the request is answered like any other and
 *                dropped
 */
public record ParticipationRequestInput(String firstName, String municipalityNis, String phone, String email,
                                        Long offerId, String language, Boolean consent,
                                        Boolean shareWithOrganisation, String website) {
}
