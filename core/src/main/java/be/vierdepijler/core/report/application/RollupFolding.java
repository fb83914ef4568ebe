package be.vierdepijler.core.report.application;

import be.vierdepijler.core.report.domain.FigureRollups;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Folds the figures' changes into their roll-ups, one batch per transaction. Not needed for a correct figure (every
 * figure adds the changes not yet folded); it keeps the change tables short, so that a figure stays one small read.
 */
@ApplicationScoped
public class RollupFolding {

    /** Changes of each kind per transaction: a few seconds of a busy day's confirmations at most. */
    public static final int BATCH = 20_000;

    @Inject
    FigureRollups rollups;

    /** @return how many changes one transaction folded; {@link #BATCH} or more means there may be more */
    @Transactional
    public int fold() {
        return rollups.fold(BATCH);
    }
}
