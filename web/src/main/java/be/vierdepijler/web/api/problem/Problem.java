package be.vierdepijler.web.api.problem;

import be.vierdepijler.core.shared.FieldViolation;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A problem detail (RFC 9457) with the field-level violations of this API.
 *
 * @param type       a URI naming the kind of problem
 * @param title      a short summary of that kind, the same every time
 * @param status     the HTTP status
 * @param detail     what went wrong this time, for a person
 * @param violations for bad input: each field and its reason; empty otherwise
 */
public record Problem(String type, String title, int status, String detail, List<FieldViolation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "urn:vierdepijler:problem:";

    public static Problem of(String kind, String title, Response.StatusType status, String detail) {
        return new Problem(TYPE_BASE + kind, title, status.getStatusCode(), detail, List.of());
    }

    public static Problem invalid(String detail, List<FieldViolation> violations) {
        return new Problem(TYPE_BASE + "invalid-input", "Ongeldige invoer", 400, detail, List.copyOf(violations));
    }

    public Response toResponse() {
        return Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }
}
