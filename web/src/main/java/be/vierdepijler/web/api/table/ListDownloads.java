package be.vierdepijler.web.api.table;

import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.web.api.problem.Problem;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jakarta.ws.rs.ext.Provider;

/**
 * Every list of the API downloads as CSV and XLSX with the same filters: {@code GET /api/v1/offers?network=westhoek
 * &format=xlsx}. A list method opts in by producing {@code DownloadFormat.CSV_TYPE} and {@code XLSX_TYPE} beside JSON;
 * then this filter
 * <ul>
 *   <li>turns {@code format=csv|xlsx} into the Accept header, so that JAX-RS picks the list's file writer
 *   ({@link PageFiles});</li>
 *   <li>marks the request as a download for the rest of it, so that {@code QueryParameters.page} asks the service for
 *   the first {@link #MAX_ROWS} rows in the list's order instead of one page ({@code page} and {@code size} are
 *   ignored). A longer list is cut there, and the answer says so in {@code X-Truncated: true} and
 *   {@code X-Total-Items}.</li>
 * </ul>
 * The list method itself runs unchanged: the same service, scope, personal-data rules and read log as the JSON list.
 * A {@code format} other than {@code json}, {@code csv} or {@code xlsx} is refused here with a 400 at the field, for
 * every endpoint alike (none takes another value), rather than silently answering JSON.
 */
@Provider
@PreMatching
public class ListDownloads implements ContainerRequestFilter, ContainerResponseFilter {

    /** The most rows a downloaded list holds. */
    public static final int MAX_ROWS = 10_000;

    private static final ThreadLocal<DownloadFormat> CURRENT = new ThreadLocal<>();

    /** Whether the request being served is a list download. */
    public static boolean active() {
        return CURRENT.get() != null;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        CURRENT.remove();
        if (!HttpMethod.GET.equals(request.getMethod())) {
            return;
        }
        String format = request.getUriInfo().getQueryParameters().getFirst("format");
        if (format == null) {
            return;
        }
        for (DownloadFormat f : DownloadFormat.values()) {
            if (f.extension().equals(format.strip())) {
                if (f != DownloadFormat.JSON) {
                    request.getHeaders().putSingle(HttpHeaders.ACCEPT, f.mediaType());
                    CURRENT.set(f);
                }
                return;
            }
        }
        request.abortWith(Response.status(Response.Status.BAD_REQUEST).type(Problem.MEDIA_TYPE)
                .entity(Problem.invalid("Onbekend formaat.", List.of(new FieldViolation("format", "unknown-format",
                        "Kies json, csv of xlsx, niet '" + format + "'.")))).build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        CURRENT.remove();
    }
}
