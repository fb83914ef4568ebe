package be.vierdepijler.web.api.problem;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Recognises a failure that only means the database cannot be reached now (PostgreSQL stopped, restarting or
 * unreachable), anywhere in an exception's cause chain, and answers it 503 with a problem body: the request may be
 * repeated in a moment, and no stack trace leaks. (A write whose commit was cut off may or may not have been applied,
 * as with any request that got no answer; it was not acknowledged.)
 * Recognised: JDBC's connection exceptions; an SQL state of class 08 (connection exception) or 57P01..57P03 (the server
 * shuts down, crashed, or cannot accept connections yet); Hibernate's {@code JDBCConnectionException}; IronJacamar's
 * "unable to get a managed connection" ({@code IJ000453}, a {@code jakarta.resource.ResourceException}). Anything else
 * is not an outage. See docs/operations.md, "Running several nodes".
 */
public final class DatabaseOutage {

    public static final String KIND = "database-unavailable";
    /** What a client may wait before trying again, in seconds (the Retry-After header). */
    static final int RETRY_AFTER_SECONDS = 5;

    private static final Set<String> CONNECTION_EXCEPTIONS = Set.of(
            "org.hibernate.exception.JDBCConnectionException",
            "jakarta.resource.ResourceException",
            "jakarta.resource.spi.ResourceAllocationException");

    private DatabaseOutage() {
    }

    /**
     * True when the cause chain shows the database could not be reached: every cause, every suppressed exception (a
     * failed commit keeps the driver's failure there) and every next exception of an SQL exception.
     */
    public static boolean recognises(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> pending = new ArrayDeque<>();
        if (failure != null) {
            pending.add(failure);
        }
        while (!pending.isEmpty()) {
            Throwable t = pending.poll();
            if (!seen.add(t)) {
                continue;
            }
            if (isConnectionFailure(t)) {
                return true;
            }
            if (t.getCause() != null) {
                pending.add(t.getCause());
            }
            pending.addAll(Arrays.asList(t.getSuppressed()));
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                pending.add(sql.getNextException());
            }
        }
        return false;
    }

    private static boolean isConnectionFailure(Throwable t) {
        if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (t instanceof SQLException sql && connectionState(sql.getSQLState())) {
            return true;
        }
        String message = t.getMessage();
        if (message != null && message.contains("IJ000453")) {
            return true;
        }
        for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
            if (CONNECTION_EXCEPTIONS.contains(type.getName())) {
                return true;
            }
        }
        return false;
    }

    private static boolean connectionState(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03"));
    }

    /** The answer: 503, a problem body in Dutch, and when to try again. */
    public static Response response() {
        return Response.fromResponse(Problem.of(KIND, "Databank tijdelijk onbereikbaar",
                        Response.Status.SERVICE_UNAVAILABLE,
                        "De databank is even niet bereikbaar. Probeer het binnen enkele seconden opnieuw.")
                        .toResponse())
                .header("Retry-After", RETRY_AFTER_SECONDS).build();
    }
}
