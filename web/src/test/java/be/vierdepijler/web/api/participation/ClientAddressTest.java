package be.vierdepijler.web.api.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final Set<String> PROXY = Set.of("10.0.0.5");

    @Test
    void withoutATrustedProxyTheConnectionsAddressCounts() {
        assertThat(ClientAddress.of("203.0.113.7", "198.51.100.1", Set.of())).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.of("203.0.113.7", "198.51.100.1", PROXY)).isEqualTo("203.0.113.7");
        assertThat(ClientAddress.of("10.0.0.5", null, PROXY)).isEqualTo("10.0.0.5");
    }

    @Test
    void behindATrustedProxyTheAddressItAddedCountsAndAForgedOneDoesNot() {
        assertThat(ClientAddress.of("10.0.0.5", "198.51.100.1", PROXY)).isEqualTo("198.51.100.1");
        // a client that sends its own X-Forwarded-For only adds entries to the left of the proxy's
        assertThat(ClientAddress.of("10.0.0.5", "1.2.3.4, 198.51.100.1", PROXY)).isEqualTo("198.51.100.1");
        assertThat(ClientAddress.of("10.0.0.5", "198.51.100.1, 10.0.0.5", PROXY)).isEqualTo("198.51.100.1");
        assertThat(ClientAddress.of("10.0.0.5", " , ", PROXY)).isEqualTo("10.0.0.5");
    }
}
