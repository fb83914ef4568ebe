package be.vierdepijler.core.port;

import java.util.List;

/**
 * A municipality as the eligibility rules of a participation trajectory see it.
 *
 * @param nisCode                 the municipality
 * @param name                    its name
 * @param networkId               the network it lies in
 * @param participates            whether it takes part in that network on the day asked
 * @param participatingNeighbours the names of its neighbouring municipalities that take part on that day (see
 *                                {@link PlaceDirectory#residence})
 */
public record Residence(String nisCode, String name, String networkId, boolean participates,
                        List<String> participatingNeighbours) {

    public Residence {
        participatingNeighbours = List.copyOf(participatingNeighbours);
    }
}
