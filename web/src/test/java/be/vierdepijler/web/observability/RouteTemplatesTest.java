package be.vierdepijler.web.observability;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

class RouteTemplatesTest {

    @ApplicationPath("api/v1")
    static class App {
    }

    @Path("/newcomers/")
    static class Resource {
        @GET
        public void list() {
        }

        @GET
        @Path("{id: \\d+}/trajectories/{ trajectory : [0-9]+ }")
        public void nested() {
        }

        @GET
        @Path("/{id}")
        public void one() {
        }
    }

    static class NoPath {
        public void any() {
        }
    }

    @Test
    void joinsApplicationClassAndMethodPathsWithSingleSlashes() throws Exception {
        assertThat(RouteTemplates.of(App.class, Resource.class, Resource.class.getMethod("list")))
                .isEqualTo("/api/v1/newcomers");
        assertThat(RouteTemplates.of(App.class, Resource.class, Resource.class.getMethod("one")))
                .isEqualTo("/api/v1/newcomers/{id}");
    }

    @Test
    void keepsParametersByNameWithoutTheirRegularExpression() throws Exception {
        assertThat(RouteTemplates.of(App.class, Resource.class, Resource.class.getMethod("nested")))
                .isEqualTo("/api/v1/newcomers/{id}/trajectories/{trajectory}");
    }

    @Test
    void aRequestThatMatchedNoMethodHasOneRouteWhateverItsPath() throws Exception {
        assertThat(RouteTemplates.of(App.class, null, null)).isEqualTo(RouteTemplates.UNMATCHED);
        assertThat(RouteTemplates.of(null, NoPath.class, NoPath.class.getMethod("any"))).isEqualTo("/");
    }

    @Test
    void normalisesSlashes() {
        assertThat(RouteTemplates.normalise("api//v1///x/")).isEqualTo("/api/v1/x");
        assertThat(RouteTemplates.normalise("")).isEqualTo("/");
    }
}
