package be.vierdepijler.web.api.problem;

import be.vierdepijler.core.shared.ConcurrentModificationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The caller's If-Match no longer matches: 412, nothing written. */
@Provider
public class ConcurrentModificationMapper implements ExceptionMapper<ConcurrentModificationException> {

    @Override
    public Response toResponse(ConcurrentModificationException e) {
        return Problem.of("concurrent-modification", "Intussen gewijzigd", Response.Status.PRECONDITION_FAILED,
                e.getMessage()).toResponse();
    }
}
