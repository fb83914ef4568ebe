package be.vierdepijler.core.newcomer.domain;

import be.vierdepijler.core.port.Residence;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The rules the pilots used to take a newcomer in (parliamentary question 2023/154): lives in a municipality of the
 * network or a neighbouring one, and has a running civic integration trajectory, may start one, or ended one at most a
 * year ago. Each rule answers with a reason. Which municipalities are "neighbouring" is the {@code PlaceDirectory}'s
 * answer (see {@link Residence}), so this class does not change when adjacency data arrives.
 */
public final class EligibilityRules {

    public static final String RESIDENCE = "residence";
    public static final String INTEGRATION_TRAJECTORY = "integration-trajectory";

    private EligibilityRules() {
    }

    public static List<EligibilityCheck> check(Optional<Residence> residence, IntegrationProgress progress,
                                               LocalDate integrationEndedOn, LocalDate today) {
        return List.of(residence(residence), integration(progress, integrationEndedOn, today));
    }

    static EligibilityCheck residence(Optional<Residence> found) {
        if (found.isEmpty()) {
            return new EligibilityCheck(RESIDENCE, false, "De gemeente van de inburgeraar is onbekend.");
        }
        Residence r = found.get();
        if (r.participates()) {
            return new EligibilityCheck(RESIDENCE, true, r.name() + " neemt deel aan het netwerk.");
        }
        if (!r.participatingNeighbours().isEmpty()) {
            return new EligibilityCheck(RESIDENCE, true, r.name() + " neemt zelf niet deel, maar buurgemeente "
                    + String.join(", ", r.participatingNeighbours().stream().limit(3).toList()) + " wel.");
        }
        return new EligibilityCheck(RESIDENCE, false, r.name() + " en haar buurgemeenten nemen niet deel aan een"
                + " netwerk.");
    }

    static EligibilityCheck integration(IntegrationProgress progress, LocalDate endedOn, LocalDate today) {
        return switch (progress) {
            case RUNNING -> new EligibilityCheck(INTEGRATION_TRAJECTORY, true, "Het inburgeringstraject loopt.");
            case CAN_START -> new EligibilityCheck(INTEGRATION_TRAJECTORY, true,
                    "De inburgeraar kan een inburgeringstraject starten.");
            case ENDED -> endedOn != null && !endedOn.isBefore(today.minusYears(1))
                    ? new EligibilityCheck(INTEGRATION_TRAJECTORY, true, "Het inburgeringstraject eindigde op "
                    + endedOn + ", minder dan een jaar geleden.")
                    : new EligibilityCheck(INTEGRATION_TRAJECTORY, false, "Het inburgeringstraject eindigde op "
                    + endedOn + ", meer dan een jaar geleden.");
            case NONE -> new EligibilityCheck(INTEGRATION_TRAJECTORY, false,
                    "Er loopt geen inburgeringstraject en de inburgeraar kan er geen starten.");
        };
    }
}
