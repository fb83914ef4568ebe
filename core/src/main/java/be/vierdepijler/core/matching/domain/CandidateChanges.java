package be.vierdepijler.core.matching.domain;

import java.util.Collection;
import java.util.Map;

/**
 * The generation of each network's matching candidates: a counter per network and kind of candidate that every
 * change of such a candidate raises in the changing transaction. A node keeps a network's candidates in memory and
 * reads them again only when the generation moved, which one primary-key read per network tells (where summing the
 * versions of 15,000 rows took the database tens of milliseconds per suggestion).
 *
 * <p>The counter is a row that a change updates, so two changes of one network's candidates commit one after the
 * other and every commit raises it: a node that read generation g and the rows after it never keeps rows older than
 * g. A network without a counter row (none is missing: the migration gives every network both) is read every time.
 */
public interface CandidateChanges {

    /** The buddies; also the name of their table. */
    String BUDDY = "buddy";
    /** The offers; also the name of their table. */
    String OFFER = "offer";

    /**
     * The candidates of this kind in these networks changed in the current transaction.
     *
     * @param kind       {@link #BUDDY} or {@link #OFFER}
     * @param networkIds the networks (nulls and repeats are left out)
     */
    void changed(String kind, String... networkIds);

    /** The candidate with this id (of table {@code kind}) changed in the current transaction. */
    void changed(String kind, long candidateId);

    /** The current generation of each of these networks that has one. */
    Map<String, Long> generations(String kind, Collection<String> networkIds);
}
