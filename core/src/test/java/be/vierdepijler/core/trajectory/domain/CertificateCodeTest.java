package be.vierdepijler.core.trajectory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CertificateCodeTest {

    @Test
    void codesAreRandomAndReadBackWhateverTheCase() {
        String code = CertificateCode.generate();
        assertThat(code).matches("VP(-[0-9A-HJKMNP-TV-Z]{4}){4}").isNotEqualTo(CertificateCode.generate());
        assertThat(CertificateCode.normalise(" " + code.toLowerCase() + " ")).isEqualTo(code);
        assertThat(CertificateCode.normalise("VP-0000")).isNull();
        assertThat(CertificateCode.normalise(null)).isNull();
    }
}
