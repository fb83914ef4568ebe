package be.vierdepijler.reliability;

import be.vierdepijler.reliability.HostileCases.Auth;
import be.vierdepijler.reliability.HostileCases.Case;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What is wrong with the answer to one hostile request, judged by the rules of issue 16: never a 5xx or no answer,
 * never server internals in a body (4xx and 2xx alike), every 4xx under {@code /api/v1} as
 * {@code application/problem+json}, no access without a session, nothing changed without the CSRF token. The
 * database half (nothing half-written) is judged by the run, which holds the snapshots.
 */
public final class Verdict {

    /** One finding: its kind ({@code 5xx}, {@code leak} …), the case, the status and the start of the body. */
    public record Problem(String kind, String operation, String caseName, int status, String detail) {

        @Override
        public String toString() {
            return kind + " | " + operation + " | " + caseName + " | " + status + " | " + detail;
        }
    }

    private Verdict() {
    }

    /** Operations anybody may call: the public ones and signing in. */
    public static boolean isPublic(String operationKey) {
        // Signing in is public: with a password, or with the OpenID Connect provider's one-time ticket (and the
        // provider's name for the sign-in button), docs/adr/0021.
        return operationKey.contains(" /api/v1/public/") || operationKey.equals("POST /api/v1/session")
                || operationKey.equals("GET /api/v1/session/oidc")
                || operationKey.equals("GET /api/v1/session/oidc/provider");
    }

    public static List<Problem> judge(Case c, ApiClient.Answer answer) {
        List<Problem> problems = new ArrayList<>();
        int status = answer.status();
        String body = answer.body() == null ? "" : answer.body();
        String contentType = answer.header("Content-Type");
        if (status == 0) {
            problems.add(problem("no-answer", c, status, body));
            return problems;
        }
        if (status >= 500) {
            problems.add(problem("5xx", c, status, body));
        }
        if (LeakDetector.scannable(contentType)) {
            for (String leak : LeakDetector.find(body)) {
                problems.add(problem("leak", c, status, leak));
            }
        }
        boolean underApi = c.target().startsWith("/api/v1");
        if (status >= 400 && status < 500 && underApi && (contentType == null
                || !contentType.toLowerCase(Locale.ROOT).startsWith("application/problem+json"))) {
            problems.add(problem("not-problem-json", c, status, "Content-Type " + contentType + ": " + body));
        }
        boolean isPublic = isPublic(c.operation());
        if ((c.auth() == Auth.ANONYMOUS || c.auth() == Auth.BAD_BASIC) && !isPublic && status != 401
                && status != 403 && status < 500) {
            problems.add(problem("no-session-not-refused", c, status, body));
        }
        if ((c.auth() == Auth.NO_CSRF || c.auth() == Auth.WRONG_CSRF) && !isPublic && !c.method().equals("GET")
                && status != 401 && status != 403 && status < 500) {
            problems.add(problem("no-csrf-not-refused", c, status, body));
        }
        return problems;
    }

    static Problem problem(String kind, Case c, int status, String detail) {
        String flat = detail == null ? "" : detail.replace('\n', ' ').replace('\r', ' ');
        return new Problem(kind, c.operation(), c.name(), status, flat.length() > 200 ? flat.substring(0, 200) : flat);
    }
}
