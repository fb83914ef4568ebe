package be.vierdepijler.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The number of rows of every application table, read in one statement over JDBC: taken before and after a request
 * answered 4xx, two snapshots that differ mean the refused request wrote something anyway (half-written). Tables that
 * change without a write of the request itself are left out, each with its reason ({@link #EXCLUDED}).
 */
public final class TableCounts implements AutoCloseable {

    /** Left out, and why. */
    public static final Map<String, String> EXCLUDED = Map.of(
            "personal_data_read", "the audit of reads: a refused request may still have read (and logged) a record",
            "flyway_schema_history", "the migrations, not application data",
            "hour_rollup_change", "a queue the rollup folder empties in the background, after earlier writes",
            "trajectory_rollup_change", "a queue the rollup folder empties in the background, after earlier writes",
            "rollup_fold", "the rollup folder's own bookkeeping, written in the background",
            "hour_rollup", "derived in the background by the rollup folder from earlier writes",
            "trajectory_rollup", "derived in the background by the rollup folder from earlier writes",
            "participation_attempt", "the public form's count of attempts per address: a refused attempt counts too,"
                    + " on purpose, and the next attempt deletes those older than an hour");

    private final String url;
    private final String user;
    private final String password;
    private final String sql;
    private Connection connection;
    private java.sql.PreparedStatement query;
    private final List<String> tables;

    public TableCounts(String url, String user, String password) throws SQLException {
        this.url = url;
        this.user = user;
        this.password = password;
        connection = DriverManager.getConnection(url, user, password);
        connection.setAutoCommit(true);
        tables = new ArrayList<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "select table_name from information_schema.tables where table_schema = current_schema()"
                        + " and table_type = 'BASE TABLE' order by table_name")) {
            while (rs.next()) {
                if (!EXCLUDED.containsKey(rs.getString(1))) {
                    tables.add(rs.getString(1));
                }
            }
        }
        StringBuilder sql = new StringBuilder();
        for (String table : tables) {
            sql.append(sql.isEmpty() ? "" : " union all ").append("select '").append(table)
                    .append("', count(*) from \"").append(table).append('"');
        }
        this.sql = sql.toString();
        // Prepared once: PostgreSQL plans the union of ~90 counts once, then each snapshot takes about a millisecond.
        query = connection.prepareStatement(this.sql);
    }

    public List<String> tables() {
        return tables;
    }

    /**
     * Rows per table, now; null when the database cannot be read (restarted under us by another test): the caller
     * then leaves this request unchecked. Connects again, for at most {@code waitSeconds}.
     */
    public Map<String, Long> snapshotOrNull(int waitSeconds) {
        try {
            return snapshot();
        } catch (IllegalStateException e) {
            long until = System.currentTimeMillis() + waitSeconds * 1000L;
            while (System.currentTimeMillis() < until) {
                try {
                    try {
                        connection.close();
                    } catch (SQLException ignored) {
                        // already gone
                    }
                    connection = DriverManager.getConnection(url, user, password);
                    query = connection.prepareStatement(sql);
                    snapshot();
                    return null;
                } catch (SQLException | IllegalStateException again) {
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException interrupted) {
                        Thread.currentThread().interrupt();
                        return null;
                    }
                }
            }
            return null;
        }
    }

    /** Rows per table, now. */
    public Map<String, Long> snapshot() {
        Map<String, Long> counts = new TreeMap<>();
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Counting rows failed: " + e.getMessage(), e);
        }
        return counts;
    }

    /** "newcomer +1, mail_outbox +2": the tables whose counts differ, empty when none. */
    public static String difference(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> diff = new LinkedHashMap<>();
        Set<String> all = new java.util.TreeSet<>(before.keySet());
        all.addAll(after.keySet());
        for (String table : all) {
            long d = after.getOrDefault(table, 0L) - before.getOrDefault(table, 0L);
            if (d != 0) {
                diff.put(table, d);
            }
        }
        StringBuilder out = new StringBuilder();
        diff.forEach((t, d) -> out.append(out.isEmpty() ? "" : ", ").append(t).append(d > 0 ? " +" : " ").append(d));
        return out.toString();
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
