package be.vierdepijler.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void countsPagesRoundingUp() {
        assertThat(new Page<>(List.of(), 0, 20, 304).totalPages()).isEqualTo(16);
        assertThat(new Page<>(List.of(), 0, 20, 300).totalPages()).isEqualTo(15);
        assertThat(new Page<>(List.of(), 0, 20, 0).totalPages()).isZero();
    }

    @Test
    void mapKeepsThePagingFigures() {
        Page<String> mapped = new Page<>(List.of(1, 2), 1, 2, 5).map(i -> "#" + i);
        assertThat(mapped).isEqualTo(new Page<>(List.of("#1", "#2"), 1, 2, 5));
    }
}
