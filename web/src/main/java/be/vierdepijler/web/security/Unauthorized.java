package be.vierdepijler.web.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Writes a 401 problem+json straight to the servlet response (before JAX-RS is reached). */
final class Unauthorized {

    private Unauthorized() {
    }

    static void write(HttpServletResponse response, String detail, boolean challenge) {
        try {
            response.setStatus(401);
            if (challenge) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Vierde Pijler\", charset=\"UTF-8\"");
            }
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            String body = "{\"type\":\"urn:vierdepijler:problem:unauthenticated\",\"title\":\"Niet aangemeld\","
                    + "\"status\":401,\"detail\":\"" + detail.replace("\"", "'") + "\",\"violations\":[]}";
            response.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
