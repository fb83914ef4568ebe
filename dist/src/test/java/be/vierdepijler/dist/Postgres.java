package be.vierdepijler.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * The machine's PostgreSQL (127.0.0.1:5432, trust authentication, role postgres a superuser): fresh databases owned
 * by the role vierdepijler, a dump restored into one, and the figures UpgradeIT compares. PostgreSQL must be there:
 * when it is not, the test fails saying so, it never skips.
 */
final class Postgres {

    static final String USER = "vierdepijler";
    static final String PASSWORD = "vierdepijler";

    private final String host = System.getProperty("dist.it.pg.host", "127.0.0.1");
    private final String port = System.getProperty("dist.it.pg.port", "5432");

    String url(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** A new, empty database owned by vierdepijler (the role is created when missing). */
    String freshDatabase(String name) {
        try (Connection c = superuser(); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + USER + "') then "
                    + "create role " + USER + " login password '" + PASSWORD + "'; end if; end $$");
            s.execute("create database " + name + " owner " + USER);
            return name;
        } catch (SQLException e) {
            throw new AssertionError("could not create the database " + name + ": " + e.getMessage(), e);
        }
    }

    void drop(String name) {
        try (Connection c = superuser(); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
        } catch (SQLException e) {
            throw new AssertionError("could not drop the database " + name + ": " + e.getMessage(), e);
        }
    }

    private Connection superuser() {
        try {
            return DriverManager.getConnection(url("postgres"), "postgres", "");
        } catch (SQLException e) {
            return fail("PostgreSQL is needed on %s:%s (role postgres, trust authentication) for the tests of the"
                    + " distribution, and is not reachable: %s. Start it (CI: .ci/run starts it before the build).",
                    host, port, e.getMessage());
        }
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), USER, PASSWORD);
    }

    /** Restores a plain-SQL dump (gzip) with psql as vierdepijler, stopping at the first error. */
    void restore(String database, InputStream gzippedDump) throws Exception {
        Process psql = new ProcessBuilder("psql", "-h", host, "-p", port, "-U", USER, "-d", database,
                "-v", "ON_ERROR_STOP=1", "-q", "-o", "/dev/null").redirectErrorStream(true).start();
        try (InputStream in = new GZIPInputStream(gzippedDump); OutputStream out = psql.getOutputStream()) {
            in.transferTo(out);
        }
        String output = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(psql.waitFor(2, TimeUnit.MINUTES)).as("psql ends").isTrue();
        assertThat(psql.exitValue()).as("restoring the dump: %s", output).isZero();
    }

    /** Runs statements as vierdepijler. */
    void execute(String database, String... statements) throws SQLException {
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    /** The row count and the MD5 of the rows (as text, sorted) of a table over the given columns. */
    static Figures figures(Connection c, String table, String columns) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select count(*), coalesce(md5(string_agg(r,"
                + " E'\\n' order by r collate \"C\")), '') from (select row(" + columns + ")::text as r from " + table
                + ") x")) {
            r.next();
            return new Figures(r.getLong(1), r.getString(2));
        }
    }

    record Figures(long rows, String md5) {
    }

    /**
     * The schema as text: every column (type, nullability, default), index and constraint of the public schema, and
     * the schema history; equal texts mean an equal schema.
     */
    static String schema(Connection c) throws SQLException {
        StringBuilder text = new StringBuilder();
        for (String query : List.of(
                "select table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable || ' '"
                        + " || coalesce(column_default, '') from information_schema.columns where table_schema ="
                        + " 'public' order by 1",
                "select indexdef from pg_indexes where schemaname = 'public' order by 1",
                "select conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) from pg_constraint"
                        + " where connamespace = 'public'::regnamespace order by 1",
                "select installed_rank || ' ' || coalesce(version, '') || ' ' || script || ' ' || success from"
                        + " flyway_schema_history order by installed_rank")) {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(query)) {
                while (r.next()) {
                    text.append(r.getString(1)).append('\n');
                }
            }
        }
        return text.toString();
    }

    /** Every table of the public schema with its columns, in the database's order. */
    static Map<String, List<String>> tables(Connection c) throws SQLException {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select c.table_name, c.column_name"
                + " from information_schema.columns c join information_schema.tables t on t.table_schema ="
                + " c.table_schema and t.table_name = c.table_name where c.table_schema = 'public' and t.table_type ="
                + " 'BASE TABLE' order by c.table_name, c.ordinal_position")) {
            while (r.next()) {
                tables.computeIfAbsent(r.getString(1), k -> new java.util.ArrayList<>()).add(r.getString(2));
            }
        }
        return tables;
    }
}
