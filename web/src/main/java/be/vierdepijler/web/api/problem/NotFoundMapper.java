package be.vierdepijler.web.api.problem;

import be.vierdepijler.core.shared.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An unknown id, or one outside the caller's scope: 404 either way. */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFoundException> {

    @Override
    public Response toResponse(NotFoundException e) {
        return Problem.of("not-found", "Niet gevonden", Response.Status.NOT_FOUND, e.getMessage()).toResponse();
    }
}
