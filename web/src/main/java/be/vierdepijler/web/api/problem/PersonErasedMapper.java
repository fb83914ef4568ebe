package be.vierdepijler.web.api.problem;

import be.vierdepijler.core.privacy.domain.PersonErasedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A change of a person who was erased: 409, nothing written. */
@Provider
public class PersonErasedMapper implements ExceptionMapper<PersonErasedException> {

    @Override
    public Response toResponse(PersonErasedException e) {
        return Problem.of("person-erased", "Persoon gewist", Response.Status.CONFLICT, e.getMessage()).toResponse();
    }
}
