package be.vierdepijler.web.observability;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jboss.logging.MDC;

/**
 * Gives every request its id ({@link RequestIds}) before anything else runs: the first filter, by its mapping in
 * web.xml (mapped filters precede annotated ones), so that even a request another filter refuses carries its id. The
 * id is in the logging MDC while the request is served on this thread, so every log line of the request shows it, and
 * goes back in the {@code X-Request-Id} header, so that a user or a proxy can quote it. The container's error page
 * (an ERROR dispatch of the same request) keeps the request's id.
 */
public class RequestIdFilter extends HttpFilter {

    /** The id of the request, kept for the container's error page (an ERROR dispatch of the same request). */
    static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".id";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object given = request.getAttribute(ATTRIBUTE);
        String id = given instanceof String g ? g : RequestIds.accept(request.getHeader(RequestIds.HEADER));
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(RequestIds.HEADER, id);
        Object outer = MDC.get(RequestIds.MDC_KEY);
        MDC.put(RequestIds.MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (outer == null) {
                MDC.remove(RequestIds.MDC_KEY);
            } else {
                MDC.put(RequestIds.MDC_KEY, outer);
            }
        }
    }
}
