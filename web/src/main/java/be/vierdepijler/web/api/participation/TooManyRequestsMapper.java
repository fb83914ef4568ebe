package be.vierdepijler.web.api.participation;

import be.vierdepijler.core.participation.application.TooManyRequestsException;
import be.vierdepijler.web.api.problem.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Too many requests from one address (or from all together) this hour: 429 with Retry-After in seconds. */
@Provider
public class TooManyRequestsMapper implements ExceptionMapper<TooManyRequestsException> {

    @Override
    public Response toResponse(TooManyRequestsException e) {
        return Response.fromResponse(Problem.of("too-many-requests", "Te veel aanvragen",
                        Response.Status.TOO_MANY_REQUESTS, e.getMessage()).toResponse())
                .header("Retry-After", e.retryAfterSeconds()).build();
    }
}
