package be.vierdepijler.core.newcomer.domain;

import java.time.Instant;
import java.util.List;

/**
 * Whether a newcomer may start a participation trajectory: every rule with its reason, and a counsellor's override
 * (with its motivation) when a rule said no.
 */
public record Eligibility(List<EligibilityCheck> checks, String overrideMotivation, String overrideBy,
                          Instant overrideAt) {

    public Eligibility {
        checks = List.copyOf(checks);
    }

    public boolean rulesPassed() {
        return checks.stream().allMatch(EligibilityCheck::passed);
    }

    public boolean overridden() {
        return overrideMotivation != null;
    }

    public boolean eligible() {
        return rulesPassed() || overridden();
    }
}
