package be.vierdepijler.web.security;

import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.web.api.problem.ContainerErrorServlet;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Refuses a request whose target is no URI ({@link RequestTargets}) with a 400 problem naming path or query, before
 * JAX-RS or a static file sees it: the container's own answer to that was an empty 400, and JAX-RS's a 500.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestTargetFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<FieldViolation> problem = RequestTargets.problem(request.getRequestURI(), request.getQueryString());
        if (problem.isPresent()) {
            ContainerErrorServlet.write(response, 400, problem.get());
            return;
        }
        chain.doFilter(request, response);
    }
}
