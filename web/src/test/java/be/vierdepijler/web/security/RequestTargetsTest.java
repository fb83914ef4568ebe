package be.vierdepijler.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.core.shared.FieldViolation;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequestTargetsTest {

    private static String code(String path, String query) {
        return RequestTargets.problem(path, query).map(FieldViolation::code).orElse("ok");
    }

    @Test
    void ordinaryTargetsPass() {
        assertThat(code("/api/v1/trajectories/12/placements", "page=0&size=20&sort=-opened")).isEqualTo("ok");
        assertThat(code("/api/v1/newcomers", "q=%C3%A9lise+de+Vos&network=westhoek")).isEqualTo("ok");
        assertThat(code("/webjars/lit__reactive-element/2.0.4/reactive-element.js", null)).isEqualTo("ok");
        assertThat(code("/", "")).isEqualTo("ok");
        assertThat(code("/api/v1/users/an.peeters@example.org~1", "a=b;c=(d)!*'$,:@/?")).isEqualTo("ok");
    }

    @Test
    void brokenEscapesAreRefusedNamingPathOrQuery() {
        assertThat(RequestTargets.problem("/api/v1/trajectories/%ZZ", null)).map(FieldViolation::field)
                .isEqualTo(Optional.of("path"));
        assertThat(code("/api/v1/%", null)).isEqualTo("bad-escape");
        assertThat(code("/api/v1/%4", null)).isEqualTo("bad-escape");
        assertThat(code("/api/v1/%C3", null)).isEqualTo("bad-escape");
        assertThat(code("/api/v1/%FF%FE", null)).isEqualTo("bad-escape");
        assertThat(code("/api/v1/x%00.json", null)).isEqualTo("nul-character");
        assertThat(RequestTargets.problem("/api/v1/newcomers", "q=%ZZ")).map(FieldViolation::field)
                .isEqualTo(Optional.of("query"));
    }

    @Test
    void charactersAUriMayNotHoldAreRefused() {
        for (String path : new String[] {"/api/v1/{", "/api/v1/trajectories/{id}", "/a|b", "/a^b", "/a\\b", "/a b",
                "/a\"b", "/a<b>", "/é", "/a`b"}) {
            assertThat(code(path, null)).as(path).isEqualTo("illegal-character");
        }
        assertThat(code("/api/v1/newcomers", "q={x}")).isEqualTo("illegal-character");
    }
}
