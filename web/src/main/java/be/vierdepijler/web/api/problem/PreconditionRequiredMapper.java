package be.vierdepijler.web.api.problem;

import be.vierdepijler.web.api.Versions;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** An update without If-Match: 428 Precondition Required. */
@Provider
public class PreconditionRequiredMapper implements ExceptionMapper<Versions.PreconditionRequiredException> {

    @Override
    public Response toResponse(Versions.PreconditionRequiredException e) {
        return new Problem("urn:vierdepijler:problem:precondition-required", "If-Match ontbreekt", 428,
                e.getMessage(), java.util.List.of()).toResponse();
    }
}
