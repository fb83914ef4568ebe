package be.vierdepijler.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain JDBC on the cluster's database (the PostgreSQL driver is on the test class path): what the tests read back
 * to find their writes, and the few updates that put a record in the past. A connection per call: the database may
 * be restarted between two calls.
 */
public final class Db {

    private final String url;
    private final String user;
    private final String password;

    public Db(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public static Db of(RelConfig config) {
        return new Db(config.dbUrl(), config.dbUser(), config.dbPassword());
    }

    public Connection connect() throws SQLException {
        DriverManager.setLoginTimeout(3);
        return DriverManager.getConnection(url, user, password);
    }

    /** Whether PostgreSQL answers a query now. */
    public boolean reachable() {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("select 1")) {
            s.setQueryTimeout(3);
            return s.executeQuery().next();
        } catch (SQLException e) {
            return false;
        }
    }

    /** The first column of the first row, as a number (0 when null). */
    public long number(String sql, Object... params) {
        return query(sql, params, rs -> rs.next() && rs.getObject(1) != null ? rs.getBigDecimal(1).longValue() : 0L);
    }

    public java.math.BigDecimal decimal(String sql, Object... params) {
        return query(sql, params, rs -> rs.next() && rs.getObject(1) != null ? rs.getBigDecimal(1)
                : java.math.BigDecimal.ZERO);
    }

    public String text(String sql, Object... params) {
        return query(sql, params, rs -> rs.next() ? rs.getString(1) : null);
    }

    /** Rows of (key, count) as a map, e.g. {@code select note, count(*) from hour_entry where … group by note}. */
    public Map<String, Integer> counts(String sql, Object... params) {
        return query(sql, params, rs -> {
            Map<String, Integer> found = new HashMap<>();
            while (rs.next()) {
                found.merge(rs.getString(1), rs.getInt(2), Integer::sum);
            }
            return found;
        });
    }

    /** Every row as a map of column label to value, in order. */
    public List<Map<String, Object>> rows(String sql, Object... params) {
        return query(sql, params, rs -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= columns; i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        });
    }

    public int update(String sql, Object... params) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private <T> T query(String sql, Object[] params, Reader<T> reader) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet rs = s.executeQuery()) {
                return reader.read(rs);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static void bind(PreparedStatement s, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
    }
}
