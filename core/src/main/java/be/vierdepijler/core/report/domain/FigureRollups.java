package be.vierdepijler.core.report.domain;

/**
 * The roll-ups behind the dashboard and the reports (docs/adr/0018-figures-kept-as-roll-ups.md): changes are appended
 * by the transactions that make them and folded into the roll-ups now and then; every figure reads both.
 */
public interface FigureRollups {

    /**
     * Folds at most {@code limit} changes of each kind into the roll-ups, once at a time across the cluster.
     *
     * @return how many changes it folded
     */
    int fold(int limit);
}
