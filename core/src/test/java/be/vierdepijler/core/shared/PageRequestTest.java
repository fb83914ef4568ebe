package be.vierdepijler.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    private static final Set<String> SORTABLE = Set.of("name", "nisCode");

    @Test
    void absentParametersGiveTheFirstPageOfDefaultSize() {
        PageRequest request = PageRequest.parse(null, null, null, SORTABLE, "name");
        assertThat(request).isEqualTo(new PageRequest(0, PageRequest.DEFAULT_SIZE, "name", false));
        assertThat(request.offset()).isZero();
    }

    @Test
    void parsesPageSizeAndDescendingSort() {
        PageRequest request = PageRequest.parse("3", "50", "-nisCode", SORTABLE, "name");
        assertThat(request).isEqualTo(new PageRequest(3, 50, "nisCode", true));
        assertThat(request.offset()).isEqualTo(150);
    }

    @Test
    void reportsEveryMalformedParameterAtOnce() {
        assertThatThrownBy(() -> PageRequest.parse("abc", "0", "population", SORTABLE, "name"))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(FieldViolation::field, FieldViolation::code)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple("page", "not-a-number"),
                                org.assertj.core.groups.Tuple.tuple("size", "out-of-range"),
                                org.assertj.core.groups.Tuple.tuple("sort", "unknown-sort-field")));
    }

    @Test
    void refusesASizeAboveTheMaximum() {
        assertThatThrownBy(() -> PageRequest.parse("0", String.valueOf(PageRequest.MAX_SIZE + 1), null, SORTABLE, "name"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("size");
        assertThat(PageRequest.parse("0", String.valueOf(PageRequest.MAX_SIZE), null, SORTABLE, "name").size())
                .isEqualTo(PageRequest.MAX_SIZE);
    }

    @Test
    void refusesANegativePage() {
        assertThatThrownBy(() -> PageRequest.parse("-1", null, null, SORTABLE, "name"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("page");
    }
}
