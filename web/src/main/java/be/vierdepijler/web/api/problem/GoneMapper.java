package be.vierdepijler.web.api.problem;

import be.vierdepijler.core.shared.GoneException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A link that was used or expired: 410. */
@Provider
public class GoneMapper implements ExceptionMapper<GoneException> {

    @Override
    public Response toResponse(GoneException e) {
        return Problem.of("gone", "Niet meer geldig", Response.Status.GONE, e.getMessage()).toResponse();
    }
}
