package be.vierdepijler.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Sha256Test {

    @Test
    void theKnownDigestsInLowerCaseHex() {
        // FIPS 180-2, appendix B.1, and the digest of nothing
        assertThat(Sha256.hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Sha256.hex("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void theTextIsReadAsUtf8() {
        assertThat(Sha256.hex("é")).isEqualTo(Sha256.hex("\u00e9")).isNotEqualTo(Sha256.hex("e\u0301"))
                .hasSize(64);
    }
}
