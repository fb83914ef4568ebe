package db.migration.core;

import be.vierdepijler.core.shared.infrastructure.Jdbc;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A sign-in through the identity provider looks the account up by its verified e-mail address, whatever its case
 * ({@code lower(email) = ?}, JpaExternalSignInRepository): on PostgreSQL an index on that expression, so the look-up
 * stays one index probe however many accounts there are. H2 has no indexes on expressions; the embedded default, with
 * its handful of accounts, reads them all.
 */
public class V2026120702__App_user_email_lower_index extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        if (!Jdbc.isPostgreSql(context.getConnection())) {
            return;
        }
        try (Statement statement = context.getConnection().createStatement()) {
            statement.execute("create index ix_app_user_email_lower on app_user (lower(email))");
        }
    }
}
