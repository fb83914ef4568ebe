package be.vierdepijler.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.NotFoundException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryParametersTest {

    private static Optional<String> colour(String code) {
        return List.of("red", "green").contains(code) ? Optional.of(code.toUpperCase()) : Optional.empty();
    }

    @Test
    void absentParametersAreNullAndPassTheCheck() {
        QueryParameters p = new QueryParameters();
        assertThat(p.code("colour", " ", QueryParametersTest::colour, List.of("red", "green"), "kleur")).isNull();
        assertThat(p.bool("active", null)).isNull();
        assertThat(p.page(null, null, null, Set.of("name"), "name").size()).isEqualTo(20);
        p.check();
    }

    @Test
    void collectsEveryMalformedParameterBeforeRefusing() {
        QueryParameters p = new QueryParameters();
        p.page("x", null, null, Set.of("name"), "name");
        assertThat(p.code("colour", "blue", QueryParametersTest::colour, List.of("red", "green"), "kleur")).isNull();
        assertThat(p.bool("active", "yes")).isNull();
        assertThatThrownBy(p::check).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(FieldViolation::field).containsExactly("page", "colour", "active"));
    }

    @Test
    void readsGoodValues() {
        QueryParameters p = new QueryParameters();
        assertThat(p.code("colour", " red ", QueryParametersTest::colour, List.of("red"), "kleur")).isEqualTo("RED");
        assertThat(p.bool("active", "false")).isFalse();
        p.check();
    }

    @Test
    void aPathIdThatIsNoNumberIsNotFound() {
        assertThat(QueryParameters.id("42", "organisatie")).isEqualTo(42L);
        assertThatThrownBy(() -> QueryParameters.id("abc", "organisatie")).isInstanceOf(NotFoundException.class);
    }
}
