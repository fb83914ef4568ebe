package be.vierdepijler.web.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The X-File-Name header is a name to show: never a path, never a NUL (which PostgreSQL refuses: a 500). */
class ImportFileNameTest {

    @Test
    void aPathIsReducedToItsLastNameAndControlCharactersGo() {
        assertThat(ImportResource.name("..%2F..%2Fetc%2Fpasswd%00.csv")).isEqualTo("passwd.csv");
        assertThat(ImportResource.name("C:\\\\Users\\\\x\\\\deelnemers.xlsx")).isEqualTo("deelnemers.xlsx");
        assertThat(ImportResource.name("a%0D%0Ab.csv")).isEqualTo("ab.csv");
    }

    @Test
    void loneSurrogatesGoAndRealCharactersStay() {
        assertThat(ImportResource.name("lijst\uD800.csv")).isEqualTo("lijst.csv");
        assertThat(ImportResource.name("%F0%9F%98%80 d%C3%A9l%C3%A9gu%C3%A9s.csv")).isEqualTo("\uD83D\uDE00 délégués.csv");
    }

    @Test
    void nothingLeftIsNoNameAndALongNameIsCut() {
        assertThat(ImportResource.name("%2F%00")).isNull();
        assertThat(ImportResource.name(" ")).isNull();
        assertThat(ImportResource.name("x".repeat(300) + ".csv")).hasSize(255);
    }
}
