package be.vierdepijler.web.api.problem;

import be.vierdepijler.core.shared.ForbiddenException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The caller may see the object but not do this: 403. */
@Provider
public class ForbiddenMapper implements ExceptionMapper<ForbiddenException> {

    @Override
    public Response toResponse(ForbiddenException e) {
        return Problem.of("forbidden", "Niet toegelaten", Response.Status.FORBIDDEN, e.getMessage()).toResponse();
    }
}
