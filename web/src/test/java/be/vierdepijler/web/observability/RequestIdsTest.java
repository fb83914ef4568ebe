package be.vierdepijler.web.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void keepsAWellFormedIncomingId() {
        assertThat(RequestIds.accept("abc-123_X.y")).isEqualTo("abc-123_X.y");
        String longest = "a".repeat(RequestIds.MAX_LENGTH);
        assertThat(RequestIds.accept(longest)).isEqualTo(longest);
    }

    @Test
    void replacesAMissingEmptyTooLongOrUnsafeIdByANewUuid() {
        for (String bad : new String[] {null, "", "a".repeat(RequestIds.MAX_LENGTH + 1), "two words", "x\r\ny",
                "jan@example.org", "<script>", "id\"quote", "tab\tid", "ünïcode", "a/b", "{x}", "%0d%0a"}) {
            String id = RequestIds.accept(bad);
            assertThat(id).as("replacement of %s", bad).isNotEqualTo(bad);
            assertThat(UUID.fromString(id).toString()).isEqualTo(id);
        }
    }

    @Test
    void generatesADifferentIdEachTime() {
        assertThat(RequestIds.accept(null)).isNotEqualTo(RequestIds.accept(null));
    }
}
