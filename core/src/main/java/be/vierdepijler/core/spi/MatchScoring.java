package be.vierdepijler.core.spi;

import java.util.Optional;

/**
 * Optional capability: the type adds its own criterion when newcomers are matched to an offer (or a duo) of this
 * type, beside the criteria every candidate is scored on (nearness, Dutch level, languages, interests,
 * availability, free capacity). E.g. an introductory internship prefers newcomers who want to work. A
 * {@link TrajectoryType} that has this capability implements this interface too; the matching asks
 * {@link TrajectoryType#capability(Class)}.
 *
 * <p>Like the rest of the SPI: pure, light-weight and thread-safe. The matching calls it once per newcomer and type
 * while ranking, and for every newcomer of a network-wide proposal, so it must not touch a database.
 */
public interface MatchScoring {

    /**
     * @param newcomer what the matching knows of the newcomer
     * @return the points this type adds (or takes away) for this newcomer, with the reason a coordinator reads; empty
     *         when the type has nothing to say about this newcomer
     */
    Optional<MatchContribution> contribution(MatchingNewcomer newcomer);
}
