package be.vierdepijler.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkTokenTest {

    @Test
    void aTokenIs43UrlSafeCharactersWithoutPadding() {
        for (int i = 0; i < 200; i++) {
            assertThat(LinkToken.issue()).hasSize(LinkToken.LENGTH).matches("[A-Za-z0-9_-]{43}");
        }
    }

    @Test
    void everyTokenIsNew() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(LinkToken.issue())).isTrue();
        }
        assertThat(LinkToken.issue()).isNotEqualTo(LinkToken.issue());
    }

    @Test
    void theHashIsTheStableSha256InHex() {
        // SHA-256 of "abc" (FIPS 180-2, appendix B.1)
        assertThat(LinkToken.hash("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        String token = LinkToken.issue();
        assertThat(LinkToken.hash(token)).hasSize(64).matches("[0-9a-f]{64}").isEqualTo(LinkToken.hash(token))
                .isNotEqualTo(LinkToken.hash(LinkToken.issue()));
    }
}
