package be.vierdepijler.web.api.problem;

import be.vierdepijler.core.shared.InvalidInputException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Refused input: 400 with every field and its reason. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Override
    public Response toResponse(InvalidInputException e) {
        int n = e.violations().size();
        return Problem.invalid(n == 1 ? "Eén veld is niet in orde." : n + " velden zijn niet in orde.",
                e.violations()).toResponse();
    }
}
