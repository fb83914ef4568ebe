package be.vierdepijler.web.api.problem;

import be.vierdepijler.core.shared.ConflictException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The state of the object does not allow this now: 409, its code in the problem type. */
@Provider
public class ConflictMapper implements ExceptionMapper<ConflictException> {

    @Override
    public Response toResponse(ConflictException e) {
        return Problem.of(e.code(), "Niet mogelijk in deze toestand", Response.Status.CONFLICT, e.getMessage())
                .toResponse();
    }
}
