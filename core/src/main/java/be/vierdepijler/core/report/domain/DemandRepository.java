package be.vierdepijler.core.report.domain;

import java.util.List;

/**
 * The newcomers who wait for a place, counted in the database. <em>Waiting</em>: not erased, with an open trajectory
 * that is in intake, or active without a running placement (placement status active). Counted where the newcomer
 * lives now, within the network their trajectory belongs to.
 */
public interface DemandRepository {

    /**
     * @param networkId       the network (required)
     * @param municipalityNis narrows to one municipality; null for the whole network
     * @return per municipality and level of Dutch; groups without newcomers are absent
     */
    List<WaitingCount> waitingByDutchLevel(String networkId, String municipalityNis);

    /**
     * @param networkId       the network (required)
     * @param municipalityNis narrows to one municipality; null for the whole network
     * @return per municipality and interest; groups without newcomers are absent
     */
    List<InterestCount> waitingByInterest(String networkId, String municipalityNis);
}
