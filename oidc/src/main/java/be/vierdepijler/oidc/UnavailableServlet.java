package be.vierdepijler.oidc;

import be.vierdepijler.core.user.application.OidcSettings;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The answer of every error this module has (web.xml's error page), as application/problem+json: with OIDC off
 * ({@code VP_OIDC_ISSUER} unset) every path of the module is 404; with OIDC on, the container's own status with a
 * Dutch explanation.
 */
@WebServlet("/unavailable")
public class UnavailableServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (OidcSettings.current().isEmpty()) {
            problem(response, HttpServletResponse.SC_NOT_FOUND, "not-found", "Niet gevonden",
                    "Aanmelden via een identiteitsprovider (OpenID Connect) staat niet aan.");
            return;
        }
        Object status = request.getAttribute("jakarta.servlet.error.status_code");
        int code = status instanceof Integer i && i >= 400 ? i : HttpServletResponse.SC_NOT_FOUND;
        problem(response, code, code == 404 ? "not-found" : "oidc-sign-in-failed",
                code == 404 ? "Niet gevonden" : "Aanmelden lukte niet",
                code == 404 ? "Deze pagina bestaat niet."
                        : "De aanmelding bij de identiteitsprovider lukte niet. Probeer opnieuw vanaf de aanmeldpagina.");
    }

    static void problem(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(("{\"type\":\"urn:vierdepijler:problem:" + type + "\",\"title\":\"" + title
                + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8));
    }
}
