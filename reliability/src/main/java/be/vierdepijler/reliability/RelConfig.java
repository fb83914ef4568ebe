package be.vierdepijler.reliability;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

/**
 * The cluster under test, from the system properties the profile {@code reliability} passes (see the module's pom):
 * the balancer, the nodes, PostgreSQL, the control script and the administrator's password.
 */
public record RelConfig(String base, List<String> nodes, String dbUrl, String dbUser, String dbPassword,
                        String clusterScript, String adminPassword, int soakSeconds) {

    /** What WildFly adds to the HTTP port to get the management port (8080 → 9990, with the same offset). */
    public static final int MANAGEMENT_DISTANCE = 9990 - 8080;

    public static RelConfig fromSystemProperties() {
        return new RelConfig(
                System.getProperty("rel.base", "http://127.0.0.1:8090"),
                Arrays.stream(System.getProperty("rel.nodes", "http://127.0.0.1:8180,http://127.0.0.1:8280")
                        .split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList(),
                System.getProperty("rel.db.url", "jdbc:postgresql://127.0.0.1:5432/vierdepijler_rel"),
                System.getProperty("rel.db.user", "vierdepijler"),
                System.getProperty("rel.db.password", "vierdepijler"),
                System.getProperty("rel.cluster.script", "cluster/cluster.sh"),
                System.getProperty("rel.admin.password", "reliability-admin-1"),
                Integer.getInteger("rel.soak.seconds", 150));
    }

    /** Node {@code n} (from 1), as rel.nodes lists them. */
    public String node(int n) {
        return nodes.get(n - 1);
    }

    /**
     * The management interface of node {@code n}: {@code rel.management} (a comma-separated list like rel.nodes) when
     * given, else its HTTP port plus 1910 (9990 − 8080: both ports move with the same offset), on the same host.
     */
    public String management(int n) {
        String given = System.getProperty("rel.management", "").trim();
        if (!given.isEmpty()) {
            return given.split(",")[n - 1].trim();
        }
        return management(node(n));
    }

    static String management(String nodeUrl) {
        URI uri = URI.create(nodeUrl);
        return uri.getScheme() + "://" + uri.getHost() + ":" + (uri.getPort() + MANAGEMENT_DISTANCE);
    }

    /** The port offset of node {@code n}: its HTTP port minus 8080. */
    public int portOffset(int n) {
        return URI.create(node(n)).getPort() - 8080;
    }

    /** The database's name, the last part of the JDBC URL. */
    public String dbName() {
        String rest = dbUrl.substring(dbUrl.lastIndexOf('/') + 1);
        int query = rest.indexOf('?');
        return query < 0 ? rest : rest.substring(0, query);
    }

    /** A JDBC URL on the same server for another database. */
    public String dbUrlOf(String database) {
        return dbUrl.substring(0, dbUrl.lastIndexOf('/') + 1) + database;
    }
}
