package be.vierdepijler.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InlineScriptsTest {

    @Test
    void hashesOnlyInlineScriptsWithTheirExactContent() {
        String html = "<html><script type=\"importmap\">{\"imports\":{}}</script>"
                + "<script type=\"module\" src=\"/app/main.js\"></script></html>";
        // echo -n '{"imports":{}}' | openssl dgst -sha256 -binary | base64
        assertThat(InlineScripts.hashes(html)).isEqualTo("'sha256-URrTy+Il/Nz0lHojVUx275hWqAWhkSF0VsHbUM4/6Hw='");
    }

    @Test
    void aPageWithoutInlineScriptsAllowsNone() {
        assertThat(InlineScripts.hashes("<script src=\"a.js\"></script>")).isEmpty();
    }
}
