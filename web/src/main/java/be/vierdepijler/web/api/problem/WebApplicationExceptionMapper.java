package be.vierdepijler.web.api.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * What JAX-RS itself refuses (unknown path 404, wrong method 405, unsupported media type 415, not acceptable 406,
 * unreadable body 400) as a problem, with a Dutch sentence instead of the framework's text.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        if (status >= 500) {
            return new UnexpectedFailureMapper().toResponse(e);
        }
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String detail = switch (status) {
            case 404 -> "Dit adres bestaat niet in de API.";
            case 405 -> "Deze methode is hier niet toegelaten.";
            case 406 -> "Deze API antwoordt in JSON (application/json).";
            case 415 -> "Stuur de gegevens als JSON (Content-Type: application/json).";
            case 400 -> "De aanvraag kon niet gelezen worden: controleer of de JSON geldig is.";
            default -> type == null ? "De aanvraag werd geweigerd." : type.getReasonPhrase();
        };
        Response.StatusType statusType = type == null ? Response.Status.BAD_REQUEST : type;
        Response problem = Problem.of("http-" + status, statusType.getReasonPhrase(), statusType, detail).toResponse();
        if (original != null && original.getHeaderString("Allow") != null) {
            return Response.fromResponse(problem).header("Allow", original.getHeaderString("Allow")).build();
        }
        return problem;
    }
}
