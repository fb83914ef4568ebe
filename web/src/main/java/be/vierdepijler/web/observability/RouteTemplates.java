package be.vierdepijler.web.observability;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.regex.Pattern;

/**
 * The route template of a resource method, as a metric's tag and in the access line: {@code /api/v1/newcomers/{id}},
 * never the request's path, whose ids would make a series per record and may say something about a person. A
 * parameter's regular expression ({@code {id: \d+}}) is left out; a request that matched no resource method has the
 * one route {@value #UNMATCHED}, whatever its path.
 */
public final class RouteTemplates {

    /** The route of every request that matched no resource method (404, 405 from JAX-RS itself). */
    public static final String UNMATCHED = "unmatched";

    private static final Pattern PARAMETER_REGEX = Pattern.compile("\\{\\s*([^}:\\s]+)\\s*:[^}]*}");
    private static final Pattern SLASHES = Pattern.compile("/{2,}");

    private RouteTemplates() {
    }

    /** The template of {@code method} of {@code resource} under the application's path. */
    public static String of(Class<?> application, Class<?> resource, Method method) {
        if (resource == null || method == null) {
            return UNMATCHED;
        }
        ApplicationPath root = application == null ? null : application.getAnnotation(ApplicationPath.class);
        Path classPath = resource.getAnnotation(Path.class);
        Path methodPath = method.getAnnotation(Path.class);
        return normalise((root == null ? "" : root.value()) + "/" + (classPath == null ? "" : classPath.value())
                + "/" + (methodPath == null ? "" : methodPath.value()));
    }

    /** One leading slash, no double or trailing slash, parameters by name alone. */
    static String normalise(String template) {
        String path = SLASHES.matcher("/" + PARAMETER_REGEX.matcher(template).replaceAll("{$1}")).replaceAll("/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
