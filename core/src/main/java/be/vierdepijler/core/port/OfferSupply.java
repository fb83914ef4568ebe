package be.vierdepijler.core.port;

import java.time.LocalDate;
import java.util.List;

/**
 * The free places of the offer catalogue, which regions owns and implements this port for (core depends on no other
 * module): published offers whose active period covers the day, per municipality and trajectory type, summed in the
 * database.
 */
public interface OfferSupply {

    /**
     * @param networkId       the network (required)
     * @param municipalityNis narrows to one municipality; null for the whole network
     * @param day             the day an offer's active period must cover
     * @return per municipality and type; groups without open offers are absent
     */
    List<FreePlaces> freePlaces(String networkId, String municipalityNis, LocalDate day);
}
