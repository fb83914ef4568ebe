package be.vierdepijler.web.api.problem;

import be.vierdepijler.core.shared.FieldViolation;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page of the whole web module (WEB-INF/web.xml): what the servlet container refuses itself, before or
 * beside JAX-RS (a static file that is not there, a path that climbs out with {@code /..}, a method a static file does
 * not take), is answered as a problem like every refusal of the API, instead of the container's HTML page with its
 * name. Called directly it is a 404 like any unknown path.
 */
@WebServlet(urlPatterns = ContainerErrorServlet.PATH)
public class ContainerErrorServlet extends HttpServlet {

    static final String PATH = "/container-error";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer && (Integer) code >= 400 && (Integer) code <= 599 ? (Integer) code : 404;
        write(response, status, null);
    }

    /**
     * Answers a problem of this status straight on the servlet response (for a servlet filter, where no exception
     * mapper reaches), with the violation when there is one.
     */
    public static void write(HttpServletResponse response, int status, FieldViolation violation) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(json(status, violation));
    }

    /** The problem of a status, in the words of {@link WebApplicationExceptionMapper} and without any detail of ours. */
    static String json(int status, FieldViolation violation) {
        String kind;
        String title;
        String detail;
        if (status >= 500) {
            kind = "internal-error";
            title = "Interne fout";
            detail = "Er liep iets mis aan onze kant.";
        } else {
            kind = "http-" + status;
            jakarta.ws.rs.core.Response.Status known = jakarta.ws.rs.core.Response.Status.fromStatusCode(status);
            title = known == null ? "Geweigerd" : known.getReasonPhrase();
            detail = switch (status) {
                case 400 -> "De aanvraag kon niet gelezen worden: controleer het adres en de gegevens.";
                case 404 -> "Dit adres bestaat niet.";
                case 405 -> "Deze methode is hier niet toegelaten.";
                default -> "De aanvraag werd geweigerd.";
            };
        }
        JsonArrayBuilder violations = Json.createArrayBuilder();
        if (violation != null) {
            kind = "invalid-input";
            title = "Ongeldige invoer";
            detail = "Het adres is geen geldige URL.";
            violations.add(Json.createObjectBuilder().add("field", violation.field()).add("code", violation.code())
                    .add("message", violation.message()));
        }
        return Json.createObjectBuilder().add("type", "urn:vierdepijler:problem:" + kind).add("title", title)
                .add("status", status).add("detail", detail).add("violations", violations).build().toString();
    }
}
