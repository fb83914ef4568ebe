package be.vierdepijler.core.imports.domain;

/**
 * One module's persistence context as the import path handles it. An import applies every row in one transaction;
 * left alone, every entity it loads or writes would stay managed until the commit, and every query would first
 * dirty-check all of them (Hibernate's auto-flush), so that the time per row grows with the rows done. Every module
 * that owns a persistence unit has one bean of this port; the import path finds them all, flushes every unit and then
 * clears every unit between batches of rows. The transaction stays open, so a later refusal still rolls everything
 * back; Envers keeps the transaction's audit work outside the persistence context and writes it at the commit.
 */
public interface ImportPersistence {

    /**
     * From now on until {@link #clear}, queries do not flush first: {@link ImportKind#check} writes nothing, so the
     * records it loads need no dirty-check before every next query.
     */
    void checking();

    /** Writes every pending change of this unit to the database, inside the transaction. */
    void flush();

    /** Forgets every entity this unit manages (call it after every unit was flushed); queries flush first again. */
    void clear();
}
