package be.vierdepijler.core.report.domain;

import java.util.List;

/**
 * The newcomers who wait for a place, counted from the database. <em>Waiting</em>: not erased, with an open trajectory
 * that is in intake, or active without a running placement (placement status active). Counted where the newcomer
 * lives now, within the network their trajectory belongs to.
 */
public interface DemandRepository {

    /** The waiting newcomers counted two ways; groups without newcomers are absent. */
    record Waiting(List<WaitingCount> byDutchLevel, List<InterestCount> byInterest) {
    }

    /**
     * @param networkId       the network (required)
     * @param municipalityNis narrows to one municipality; null for the whole network
     * @return per municipality and level of Dutch, and per municipality and interest
     */
    Waiting waiting(String networkId, String municipalityNis);
}
