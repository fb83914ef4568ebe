package db.migration.regions;

import be.vierdepijler.core.shared.infrastructure.Jdbc;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The index that answers the offer search: {@code offer_search_term(term, offer_id)}. A search asks each term for
 * equality and the last one also as a prefix ({@code term like 'wandel%'}). H2 uses a plain index for both; PostgreSQL
 * uses a plain B-tree for a prefix only under the C collation, so there the term gets {@code varchar_pattern_ops},
 * which serves equality and prefixes under any collation (docs/adr/0006).
 */
public class V2026112331__Offer_search_index extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        boolean postgres = Jdbc.isPostgreSql(context.getConnection());
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("create index ix_offer_search_term on offer_search_term ("
                    + (postgres ? "term varchar_pattern_ops" : "term") + ", offer_id)");
        }
    }
}
