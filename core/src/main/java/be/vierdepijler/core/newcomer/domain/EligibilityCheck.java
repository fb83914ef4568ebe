package be.vierdepijler.core.newcomer.domain;

/**
 * The answer of one eligibility rule.
 *
 * @param rule   stable id of the rule ({@code residence}, {@code integration-trajectory})
 * @param passed whether the newcomer meets it
 * @param reason why, in Dutch, for the counsellor
 */
public record EligibilityCheck(String rule, boolean passed, String reason) {
}
