package be.vierdepijler.web.api.buddy;

import java.util.List;
import java.util.Map;

/**
 * The body of the public self-registration {@code POST /public/buddy-registrations}: the buddy's own profile, how
 * many duos they would take (1 when left out), and their consents.
 *
 * @param consents purpose code → granted; {@code matching} must be true
 * @param website  a honeypot: a field the form hides from people, so only a robot fills it in; must stay empty
 */
public record RegistrationInput(String firstName, String lastName, String email, String phone,
                                String municipalityNis, List<String> languages, List<String> interests,
                                List<String> availability, Integer capacity, Map<String, Boolean> consents,
                                String website) {
}
