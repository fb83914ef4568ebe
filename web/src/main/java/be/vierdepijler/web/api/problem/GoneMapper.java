package be.vierdepijler.web.api.problem;

import be.vierdepijler.core.shared.GoneException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;

/** A link that was used or expired: 410, with its {@code reason} code when the exception gives one. */
@Provider
public class GoneMapper implements ExceptionMapper<GoneException> {

    @Override
    public Response toResponse(GoneException e) {
        Problem problem = Problem.of("gone", "Niet meer geldig", Response.Status.GONE, e.getMessage());
        if (e.reason() == null) {
            return problem.toResponse();
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", problem.type());
        body.put("title", problem.title());
        body.put("status", problem.status());
        body.put("detail", problem.detail());
        body.put("violations", problem.violations());
        body.put("reason", e.reason());
        return Response.status(problem.status()).type(MediaType.valueOf(Problem.MEDIA_TYPE)).entity(body).build();
    }
}
