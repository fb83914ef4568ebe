package be.vierdepijler.web.api.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A request body that is no JSON, or JSON of the wrong shape: 400. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException e) {
        return Problem.of("unreadable-body", "Onleesbare aanvraag", Response.Status.BAD_REQUEST,
                "De gegevens konden niet gelezen worden: stuur geldige JSON met de velden die dit adres verwacht.")
                .toResponse();
    }
}
