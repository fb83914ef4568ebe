package be.vierdepijler.web.api.newcomer;

import be.vierdepijler.core.newcomer.domain.Eligibility;
import be.vierdepijler.core.newcomer.domain.Newcomer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A newcomer as the API shows it. {@code eligibility} is filled when one newcomer is asked for, null in lists;
 * {@code erasedAt} says when the newcomer was erased (pseudonymised), null while they were not.
 */
public record NewcomerDto(long id, String firstName, String lastName, String email, String phone,
                          String integrationStatus, String municipalityNis, String networkId, String dutchLevel,
                          List<String> languages, List<String> interests, List<String> availability,
                          String referralChannel, LocalDate integrationContractDate, String integrationProgress,
                          LocalDate integrationEndedOn, List<ConsentDto> consents, EligibilityDto eligibility,
                          Instant createdAt, Instant erasedAt, long version) {

    /** One answer to one consent purpose. */
    public record ConsentDto(String purpose, boolean granted, Instant recordedAt, String recordedBy) {
    }

    /** The rules' answers, and the override when a counsellor took the newcomer in against them. */
    public record EligibilityDto(boolean eligible, boolean rulesPassed, List<CheckDto> checks, OverrideDto override) {
    }

    public record CheckDto(String rule, boolean passed, String reason) {
    }

    public record OverrideDto(String motivation, String by, Instant at) {
    }

    public static NewcomerDto of(Newcomer n, Eligibility eligibility) {
        return new NewcomerDto(n.id(), n.firstName(), n.lastName(), n.email(), n.phone(),
                n.integrationStatus().code(), n.municipalityNis(), n.networkId(),
                n.dutchLevel() == null ? null : n.dutchLevel().name(), sorted(n.languages()), sorted(n.interests()),
                sorted(n.availability()), n.referralChannel().code(), n.integrationContractDate(),
                n.integrationProgress().code(), n.integrationEndedOn(),
                n.consents().stream().sorted(Comparator.comparing(c -> c.purpose().code()))
                        .map(c -> new ConsentDto(c.purpose().code(), c.granted(), c.recordedAt(), c.recordedBy()))
                        .toList(),
                eligibility == null ? null : new EligibilityDto(eligibility.eligible(), eligibility.rulesPassed(),
                        eligibility.checks().stream().map(c -> new CheckDto(c.rule(), c.passed(), c.reason()))
                                .toList(),
                        eligibility.overridden() ? new OverrideDto(eligibility.overrideMotivation(),
                                eligibility.overrideBy(), eligibility.overrideAt()) : null),
                n.createdAt(), n.erasedAt(), n.version());
    }

    private static List<String> sorted(java.util.Set<String> values) {
        return values.stream().sorted().toList();
    }
}
