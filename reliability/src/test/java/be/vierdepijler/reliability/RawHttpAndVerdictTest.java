package be.vierdepijler.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.reliability.HostileCases.Auth;
import be.vierdepijler.reliability.HostileCases.Case;
import be.vierdepijler.reliability.Verdict.Problem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RawHttpAndVerdictTest {

    @Test
    void onlyTheSignInStepsAndThePublicPagesArePublic() {
        assertThat(Verdict.isPublic("POST /api/v1/session")).isTrue();
        assertThat(Verdict.isPublic("GET /api/v1/session/oidc")).isTrue();
        assertThat(Verdict.isPublic("GET /api/v1/public/offers")).isTrue();
        assertThat(Verdict.isPublic("GET /api/v1/session")).isFalse();
        assertThat(Verdict.isPublic("DELETE /api/v1/session")).isFalse();
        assertThat(Verdict.isPublic("GET /api/v1/pending-sign-ins")).isFalse();
    }

    @Test
    void parsesAChunkedAnswer() {
        ApiClient.Answer answer = RawHttp.parse(("HTTP/1.1 400 Bad Request\r\nContent-Type: application/problem+json"
                + "\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n{\"a\":\r\n2\r\n1}\r\n0\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.header("content-type")).isEqualTo("application/problem+json");
        assertThat(answer.body()).isEqualTo("{\"a\":1}");
    }

    @Test
    void noCompleteAnswerIsStatusZero() {
        assertThat(RawHttp.parse("HTTP/1.1 200".getBytes(StandardCharsets.ISO_8859_1)).status()).isZero();
        assertThat(RawHttp.parse("garbage\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1)).status()).isZero();
    }

    private static Case c(String operation, Auth auth, String method) {
        return new Case(operation, "x", method, operation.substring(operation.indexOf(' ') + 1), List.of(), null,
                auth, null);
    }

    private static ApiClient.Answer answer(int status, String type, String body) {
        return new ApiClient.Answer(status, type == null ? Map.of() : Map.of("Content-Type", List.of(type)), body);
    }

    @Test
    void judgesEveryRuleOfIssue16() {
        Case post = c("POST /api/v1/newcomers", Auth.SESSION, "POST");
        assertThat(Verdict.judge(post, answer(400, "application/problem+json", "{\"status\":400}"))).isEmpty();
        assertThat(Verdict.judge(post, answer(500, "application/problem+json", "{}"))).extracting(Problem::kind)
                .containsExactly("5xx");
        assertThat(Verdict.judge(post, answer(0, null, "ConnectException"))).extracting(Problem::kind)
                .containsExactly("no-answer");
        assertThat(Verdict.judge(post, answer(400, "text/html", "<html>Bad Request</html>")))
                .extracting(Problem::kind).containsExactly("not-problem-json");
        assertThat(Verdict.judge(post, answer(201, "application/json", "{\"x\":\"at java.base/X.y\"}")))
                .extracting(Problem::kind).containsExactly("leak");
        assertThat(Verdict.judge(c("POST /api/v1/newcomers", Auth.ANONYMOUS, "POST"),
                answer(201, "application/json", "{}"))).extracting(Problem::kind)
                .containsExactly("no-session-not-refused");
        assertThat(Verdict.judge(c("POST /api/v1/newcomers", Auth.NO_CSRF, "POST"),
                answer(201, "application/json", "{}"))).extracting(Problem::kind)
                .containsExactly("no-csrf-not-refused");
        assertThat(Verdict.judge(c("POST /api/v1/public/buddy-registrations", Auth.ANONYMOUS, "POST"),
                answer(202, "application/json", "{}"))).isEmpty();
        assertThat(Verdict.judge(c("GET /api/v1/newcomers", Auth.NO_CSRF, "GET"),
                answer(200, "application/json", "{}"))).isEmpty();
    }

    @Test
    void tableCountsDifferenceNamesTheTables() {
        assertThat(TableCounts.difference(Map.of("a", 1L, "b", 2L), Map.of("a", 1L, "b", 3L, "c", 1L)))
                .isEqualTo("b +1, c +1");
        assertThat(TableCounts.difference(Map.of("a", 1L), Map.of("a", 1L))).isEmpty();
    }
}
