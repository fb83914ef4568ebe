package be.vierdepijler.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Security headers on every answer: no framing (clickjacking), no MIME sniffing, no referrer leaking ids, a content
 * security policy that allows only our own scripts and styles, and no caching of API answers (personal data).
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    /** Shared with the UI: everything from our own origin; the import map is the only inline script, by its hash. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' %s; "
            + "style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private String policy = CONTENT_SECURITY_POLICY.formatted("").replace("  ", " ");

    /** Allows exactly the inline scripts of the UI's page (its import map), by their SHA-256, and nothing else. */
    @Override
    public void init() throws ServletException {
        try (InputStream page = getServletContext().getResourceAsStream("/index.html")) {
            if (page != null) {
                String hashes = InlineScripts.hashes(new String(page.readAllBytes(), StandardCharsets.UTF_8));
                policy = CONTENT_SECURITY_POLICY.formatted(hashes).replace("  ", " ");
            }
        } catch (IOException e) {
            throw new ServletException("Cannot read the UI page to compute its content security policy", e);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", policy);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
