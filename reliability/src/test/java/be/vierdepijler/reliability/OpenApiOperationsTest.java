package be.vierdepijler.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.reliability.OpenApiOperations.Operation;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpenApiOperationsTest {

    @Test
    void readsEveryOperationWithItsParametersAndResolvedBody() throws Exception {
        List<Operation> operations = HostileCasesTest.operations();
        assertThat(operations).extracting(Operation::key).containsExactly("GET /api/v1/newcomers/{id}",
                "PUT /api/v1/newcomers/{id}", "GET /api/v1/newcomers",
                "POST /api/v1/trajectories/{id}/placements/{placement}/end", "POST /api/v1/imports");
        Operation put = HostileCasesTest.operation("PUT /api/v1/newcomers/{id}");
        assertThat(put.takesIfMatch()).isTrue();
        assertThat(put.body().json()).isTrue();
        assertThat(put.body().schema().path("properties").path("contact").path("properties").has("email")).isTrue();
        assertThat(HostileCasesTest.operation("GET /api/v1/newcomers/{id}").takesIfMatch()).isFalse();
        // Path parameters the document forgot are still parameters.
        Operation end = HostileCasesTest.operation("POST /api/v1/trajectories/{id}/placements/{placement}/end");
        assertThat(end.in("path")).extracting(OpenApiOperations.Parameter::name).containsExactly("id", "placement");
        assertThat(end.body().example().path("offerId").asInt()).isEqualTo(12);
        assertThat(HostileCasesTest.operation("POST /api/v1/imports").body().json()).isFalse();
    }
}
