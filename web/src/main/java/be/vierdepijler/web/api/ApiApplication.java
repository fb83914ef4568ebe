package be.vierdepijler.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** The API lives under {@code /api/v1}; its OpenAPI document is served at {@code /openapi}. */
@ApplicationPath("api/v1")
@OpenAPIDefinition(info = @Info(title = "Vierde Pijler API", version = "1",
        description = "Het participatie- en netwerktraject van het Vlaamse inburgeringsbeleid: netwerken, gemeenten,"
                + " aanbod, inburgeraars en hun trajecten."))
public class ApiApplication extends Application {
}
