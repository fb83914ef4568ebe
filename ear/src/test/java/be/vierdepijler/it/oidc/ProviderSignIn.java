package be.vierdepijler.it.oidc;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OIDC sign-in as a browser goes through it, without one: {@code /oidc/login}, Keycloak's login form (its real
 * page, filled in and posted), back to {@code /oidc/login} with the code, up to the application's ticket address,
 * which is returned unvisited, with the binding cookie /oidc/login set beside it, so that a test can use (and re-use,
 * or send elsewhere) the ticket itself.
 */
final class ProviderSignIn {

    private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

    static final String BINDING_COOKIE = "VPOIDCBINDING";

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    /**
     * The cookies of the application and of Keycloak, sent back as a browser would. By hand: Keycloak marks them
     * Secure, which java.net.CookieManager never sends over plain HTTP (a browser does, to localhost).
     */
    private final java.util.Map<String, String> cookies = new java.util.LinkedHashMap<>();

    /** The ticket address and the binding cookie's value, as the browser that signed in holds them. */
    record TicketLink(String address, String binding) {
    }

    /** Signs {@code username} in at Keycloak, starting at the application's {@code root}. */
    TicketLink ticketLink(String root, String username) throws IOException, InterruptedException {
        HttpResponse<String> answer = get(URI.create(root + "/oidc/login"));
        answer = followUntil(answer, "kc-form-login");
        Matcher action = FORM_ACTION.matcher(answer.body());
        if (!action.find()) {
            throw new IllegalStateException("no Keycloak login form: " + answer.statusCode() + " " + answer.body());
        }
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(Keycloak.password(username), StandardCharsets.UTF_8) + "&credentialId=";
        answer = send(withCookies(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&"))))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        for (int hops = 0; hops < 10; hops++) {
            URI next = answer.uri().resolve(location(answer));
            if (next.getPath().equals("/api/v1/session/oidc")) {
                return new TicketLink(next.toString(), cookies.get(BINDING_COOKIE));
            }
            answer = get(next);
        }
        throw new IllegalStateException("never reached the ticket address");
    }

    private HttpResponse<String> followUntil(HttpResponse<String> first, String marker)
            throws IOException, InterruptedException {
        HttpResponse<String> answer = first;
        for (int hops = 0; hops < 10 && !answer.body().contains(marker); hops++) {
            answer = get(answer.uri().resolve(location(answer)));
        }
        return answer;
    }

    private static String location(HttpResponse<String> answer) {
        return answer.headers().firstValue("Location").orElseThrow(() ->
                new IllegalStateException("no redirect: " + answer.statusCode() + " " + answer.body()));
    }

    private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return send(withCookies(HttpRequest.newBuilder(uri)).header("Accept", "text/html").GET().build());
    }

    private HttpRequest.Builder withCookies(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream()
                    .map(c -> c.getKey() + "=" + c.getValue()).toList()));
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        for (String header : answer.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            if (equals > 0) {
                cookies.put(pair.substring(0, equals).strip(), pair.substring(equals + 1).strip());
            }
        }
        return answer;
    }
}
