package be.vierdepijler.web.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one log line an operator reads when an upgrade's migration fails: which migration, the database's reason, and
 * what became of the database. Flyway's message spreads this over a dozen lines (the statement included, which may be
 * long); this keeps the migration, the SQL state and the database's message, on one line.
 */
final class MigrationFailure {

    /**
     * java.util.logging has no ERROR, and its SEVERE reads "SEVERE" in WildFly's log; WildFly's log manager prints a
     * level by its name, so this one, as severe as SEVERE, reads ERROR, where an operator looks first.
     */
    static final Level ERROR = new Level("ERROR", Level.SEVERE.intValue()) {
        private static final long serialVersionUID = 1L;
    };

    /** The migration's script as Flyway names it ("Failed to execute script V2026120503__x.sql", "Migration … failed"). */
    private static final Pattern MIGRATION = Pattern.compile("\\b([VUR][0-9][0-9_.]*__[^\\s/]+?\\.sql)\\b");
    private static final Pattern FIELD = Pattern.compile("^(SQL State|Message|Line)\\s*:\\s*(.+)$",
            Pattern.MULTILINE);

    private MigrationFailure() {
    }

    /**
     * @param before          the schema version before the attempt
     * @param transactionalDdl whether the database took the attempt back as a whole (PostgreSQL)
     * @param flywayMessage   Flyway's message
     */
    static String describe(String before, boolean transactionalDdl, String flywayMessage) {
        String message = flywayMessage == null ? "" : flywayMessage;
        Matcher migration = MIGRATION.matcher(message);
        String which = migration.find() ? migration.group(1) : null;
        List<String> reason = new ArrayList<>();
        Matcher field = FIELD.matcher(message);
        while (field.find()) {
            reason.add(field.group(1) + " " + field.group(2).strip());
        }
        String why = reason.isEmpty() ? firstLine(message) : String.join(", ", reason);
        if (why.isEmpty()) {
            why = "Flyway gave no reason (see the lines after this one)";
        }
        return "Database migration failed" + (which == null ? "" : ": " + which) + ": " + why + ". "
                + (transactionalDdl
                        ? "All pending migrations ran in one transaction and were rolled back: the database is as it"
                                + " was, at schema version " + before + "."
                        : "This database commits DDL at once: migrations before the failed one may have been applied"
                                + " (schema version before the attempt: " + before + "); restore the backup.")
                + " The application is not deployed; see docs/installation.md, \"When a migration fails\".";
    }

    private static String firstLine(String message) {
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
