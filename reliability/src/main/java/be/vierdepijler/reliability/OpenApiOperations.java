package be.vierdepijler.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operations of an OpenAPI 3 document (JSON), as the fuzzer needs them: method, path template, its path, query and
 * header parameters, and the request body's media types, schema ({@code $ref}s resolved, to a bounded depth) and
 * first example. Only what the document says: nothing is guessed here.
 */
public final class OpenApiOperations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch");

    /** One parameter: where it goes ({@code path}, {@code query}, {@code header}) and its name. */
    public record Parameter(String in, String name, String type) {
    }

    /** The request body: the media types it accepts, its schema (resolved) and an example when the document has one. */
    public record Body(List<String> mediaTypes, JsonNode schema, JsonNode example, boolean required) {

        public boolean json() {
            return mediaTypes.stream().anyMatch(t -> t.contains("json"));
        }
    }

    /** One operation: {@code GET /api/v1/newcomers/{id}}. */
    public record Operation(String method, String path, List<Parameter> parameters, Body body, String summary) {

        public String key() {
            return method + " " + path;
        }

        public List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        public boolean takesIfMatch() {
            return parameters.stream().anyMatch(p -> p.in().equals("header") && p.name().equalsIgnoreCase("If-Match"))
                    || summary != null && summary.contains("If-Match");
        }

        /** A change of state: everything but GET (HEAD and OPTIONS are not in the document). */
        public boolean changes() {
            return !method.equals("GET");
        }
    }

    private OpenApiOperations() {
    }

    /** Every operation of the document, in the document's order. */
    public static List<Operation> of(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        JsonNode components = document.path("components").path("schemas");
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            List<Parameter> shared = parameters(path.getValue().path("parameters"));
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                JsonNode operation = method.getValue();
                Map<String, Parameter> byName = new LinkedHashMap<>();
                for (Parameter p : shared) {
                    byName.put(p.in() + ":" + p.name(), p);
                }
                for (Parameter p : parameters(operation.path("parameters"))) {
                    byName.put(p.in() + ":" + p.name(), p);
                }
                // A template variable the document forgot to declare is still a path parameter.
                java.util.regex.Matcher variables = java.util.regex.Pattern.compile("\\{([^}]+)}")
                        .matcher(path.getKey());
                while (variables.find()) {
                    byName.putIfAbsent("path:" + variables.group(1), new Parameter("path", variables.group(1),
                            "string"));
                }
                operations.add(new Operation(method.getKey().toUpperCase(), path.getKey(),
                        List.copyOf(byName.values()), body(operation.path("requestBody"), components),
                        operation.path("summary").asText(null)));
            }
        }
        return operations;
    }

    private static List<Parameter> parameters(JsonNode list) {
        List<Parameter> result = new ArrayList<>();
        for (JsonNode p : list) {
            result.add(new Parameter(p.path("in").asText(), p.path("name").asText(),
                    p.path("schema").path("type").asText("string")));
        }
        return result;
    }

    private static Body body(JsonNode requestBody, JsonNode components) {
        if (requestBody.isMissingNode() || !requestBody.has("content")) {
            return null;
        }
        List<String> types = new ArrayList<>();
        JsonNode schema = null;
        JsonNode example = null;
        for (Iterator<Map.Entry<String, JsonNode>> content = requestBody.path("content").fields(); content.hasNext(); ) {
            Map.Entry<String, JsonNode> media = content.next();
            types.add(media.getKey());
            if (schema == null) {
                schema = resolve(media.getValue().path("schema"), components, 0);
            }
            if (example == null) {
                if (media.getValue().has("example")) {
                    example = media.getValue().get("example");
                } else if (media.getValue().has("examples") && media.getValue().get("examples").size() > 0) {
                    example = media.getValue().get("examples").elements().next().path("value");
                    if (example.isMissingNode()) {
                        example = null;
                    }
                }
            }
        }
        return new Body(List.copyOf(types), schema == null ? JsonNodeFactory.instance.objectNode() : schema, example,
                requestBody.path("required").asBoolean(false));
    }

    /** The schema with every {@code $ref} replaced by its target, to depth 6 (a recursive schema stops there). */
    static JsonNode resolve(JsonNode schema, JsonNode components, int depth) {
        if (schema == null || schema.isMissingNode()) {
            return JsonNodeFactory.instance.objectNode();
        }
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            String name = ref.substring(ref.lastIndexOf('/') + 1);
            return depth > 6 ? JsonNodeFactory.instance.objectNode()
                    : resolve(components.path(name), components, depth + 1);
        }
        if (!schema.isObject()) {
            return schema;
        }
        ObjectNode copy = ((ObjectNode) schema).deepCopy();
        if (copy.has("properties")) {
            ObjectNode properties = JsonNodeFactory.instance.objectNode();
            copy.get("properties").fields().forEachRemaining(f ->
                    properties.set(f.getKey(), resolve(f.getValue(), components, depth + 1)));
            copy.set("properties", properties);
        }
        if (copy.has("items")) {
            copy.set("items", resolve(copy.get("items"), components, depth + 1));
        }
        if (copy.has("additionalProperties") && copy.get("additionalProperties").isObject()) {
            copy.set("additionalProperties", resolve(copy.get("additionalProperties"), components, depth + 1));
        }
        for (String combinator : List.of("allOf", "oneOf", "anyOf")) {
            if (copy.has(combinator) && copy.get(combinator).size() > 0) {
                // The first alternative stands for all: enough to build a valid-looking body.
                return resolve(copy.get(combinator).get(0), components, depth + 1);
            }
        }
        return copy;
    }
}
