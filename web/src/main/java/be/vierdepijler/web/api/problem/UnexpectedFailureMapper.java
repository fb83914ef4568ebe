package be.vierdepijler.web.api.problem;

import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.web.observability.RequestIds;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort: an unexpected failure is logged in full, and answered 500 with only the request's id
 * ({@link RequestIds}: the one on every log line of the request and in its X-Request-Id header), so that support can
 * find it and no internal detail leaks. A failure that only means the database cannot be reached now is
 * not unexpected: 503 with a problem body ({@link DatabaseOutage}), logged in one line. Refused input wrapped by the
 * persistence layer is still a 400.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        InvalidInputException refused = refusedInput(e);
        if (refused != null) {
            return new InvalidInputMapper().toResponse(refused);
        }
        if (DatabaseOutage.recognises(e)) {
            LOG.warning(() -> "Database unreachable, answered 503: " + e.getClass().getSimpleName());
            return DatabaseOutage.response();
        }
        String id = RequestIds.current() == null ? UUID.randomUUID().toString() : RequestIds.current();
        LOG.log(Level.SEVERE, "Unexpected failure " + id, e);
        return Problem.of("internal-error", "Interne fout", Response.Status.INTERNAL_SERVER_ERROR,
                "Er liep iets mis aan onze kant. Geef bij een melding deze code door: " + id + ".").toResponse();
    }

    /**
     * Refused input that reached us wrapped: the column-length check of an entity (ColumnLengths) runs when the
     * persistence context flushes, and a flush at commit wraps what it throws (PersistenceException, RollbackException).
     */
    static InvalidInputException refusedInput(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof InvalidInputException) {
                return (InvalidInputException) t;
            }
        }
        return null;
    }
}
