package be.vierdepijler.web.api.buddy;

import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /buddies} and {@code PUT /buddies/{id}}. On POST, {@code screening}, {@code training},
 * {@code status} and {@code capacity} may be left out (awaiting screening, not trained, active, one duo); on PUT every
 * field is the new value (a list left out is emptied), except {@code consents}, where a purpose left out keeps its
 * answer.
 *
 * @param consents purpose code → granted, e.g. {@code {"matching": true, "evaluation-contact": false}}
 */
public record BuddyInput(String firstName, String lastName, String email, String phone, String municipalityNis,
                         List<String> languages, List<String> interests, List<String> availability,
                         String screening, String training, String trainedOn, Integer capacity, String status,
                         Map<String, Boolean> consents) {
}
