package be.vierdepijler.core.shared.infrastructure;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.hibernate.Session;

/**
 * Plain SQL over JDBC on the persistence context's own connection and transaction, for what a JPA query cannot do
 * cheaply or at all: the matching's candidate queries (tens of thousands of rows per request, where a native JPA
 * query's row handling alone would cost more than the 50 ms a suggestion may take), and statements that entity
 * listeners send while Hibernate flushes (the matching generations, the figures' roll-up changes), where a JPA query
 * would flush again. The SQL is plain SQL of both databases, with {@code ?} placeholders.
 */
public final class Jdbc {

    /** Turns the current row into a value. */
    public interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }


    private Jdbc() {
    }

    /**
     * Whether the connection is PostgreSQL's rather than the embedded H2's: for what only PostgreSQL has (partial and
     * expression indexes, extensions, transactional DDL).
     */
    public static boolean isPostgreSql(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
    }

    /** Placeholders for a list: {@code ?, ?, ?}. */
    public static String placeholders(Collection<?> values) {
        return String.join(", ", values.stream().map(v -> "?").toList());
    }

    /** An update; the number of rows it changed. */
    public static int update(EntityManager em, String sql, List<?> parameters) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                return statement.executeUpdate();
            }
        });
    }

    /** @param parameters the values of the {@code ?}s in order; a collection stands for as many values */
    public static <T> List<T> query(EntityManager em, String sql, List<?> parameters, Row<T> mapper) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                statement.setFetchSize(1000);
                List<T> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.add(mapper.read(result));
                    }
                }
                return rows;
            }
        });
    }

    private static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
        int index = 1;
        for (Object parameter : parameters) {
            if (parameter instanceof Collection<?> values) {
                for (Object value : values) {
                    statement.setObject(index++, value);
                }
            } else {
                statement.setObject(index++, parameter);
            }
        }
    }
}
