package be.vierdepijler.web.observability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EndpointMetricsTest {

    @Test
    void aMethodOutsideHttpsKnownOnesIsOneTagNotASeriesPerName() {
        assertThat(EndpointMetrics.method("get")).isEqualTo("GET");
        assertThat(EndpointMetrics.method("PATCH")).isEqualTo("PATCH");
        assertThat(EndpointMetrics.method("BREW")).isEqualTo("other");
        assertThat(EndpointMetrics.method(null)).isEqualTo("other");
    }

    @Test
    void outcomeFollowsTheStatusClass() {
        assertThat(EndpointMetrics.outcome(200)).isEqualTo("SUCCESS");
        assertThat(EndpointMetrics.outcome(204)).isEqualTo("SUCCESS");
        assertThat(EndpointMetrics.outcome(303)).isEqualTo("REDIRECTION");
        assertThat(EndpointMetrics.outcome(404)).isEqualTo("CLIENT_ERROR");
        assertThat(EndpointMetrics.outcome(400)).isEqualTo("CLIENT_ERROR");
        assertThat(EndpointMetrics.outcome(503)).isEqualTo("SERVER_ERROR");
    }
}
