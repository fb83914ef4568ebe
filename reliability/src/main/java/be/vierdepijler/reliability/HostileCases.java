package be.vierdepijler.reliability;

import be.vierdepijler.reliability.HostileValues.Value;
import be.vierdepijler.reliability.OpenApiOperations.Operation;
import be.vierdepijler.reliability.OpenApiOperations.Parameter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

/**
 * Generates the hostile requests for one operation of the OpenAPI document: bad path and query parameters, wrong
 * content types, malformed, deeply nested and huge bodies, a valid-looking body (from the document's example or its
 * schema, with the fixture's real ids) with one field at a time made hostile, fields missing and extra, stale, missing
 * and malformed {@code If-Match}, and the same call without a session, with bad credentials and without the CSRF
 * token. Deterministic: the same document, fixture and seed give the same requests. Bounded: at most
 * {@link #MAX_FIELD_CASES} field cases and {@link #MAX_PATH_CASES} path cases per operation, taking the values of each
 * class in turn (a rotating offset) so that the whole run still uses every value.
 */
public final class HostileCases {

    public static final int MAX_FIELD_CASES = 30;
    public static final int MAX_PATH_CASES = 10;
    public static final int MAX_QUERY_CASES = 12;
    public static final int MAX_MISSING_CASES = 8;

    /** How the case signs in. */
    public enum Auth {
        /** The fuzzer's administrator session with its CSRF token. */
        SESSION,
        /** No cookie, no token, no credentials. */
        ANONYMOUS,
        /** HTTP Basic with a user that does not exist. */
        BAD_BASIC,
        /** The session cookie without the CSRF token. */
        NO_CSRF,
        /** The session cookie with a wrong CSRF token. */
        WRONG_CSRF
    }

    /** {@code If-Match}: absent (null), the resource's current ETag read just before ({@link #FRESH}), or literal. */
    public static final String FRESH = "\u0000fresh-etag";

    /**
     * One hostile request: its operation and case name (for the report), method, request target (path and query as
     * they go on the request line), headers (without session, CSRF and If-Match), body, how it signs in and its
     * If-Match.
     */
    public record Case(String operation, String name, String method, String target, List<String[]> headers,
                       byte[] body, Auth auth, String ifMatch) {

        public String describe() {
            return operation + " [" + name + "]";
        }
    }

    private final Map<String, String> pathIds;
    private final Map<String, JsonNode> fieldHints;
    private final Function<String, String> queryHint;
    private final Random random;

    /**
     * @param pathIds   the real id for a path parameter, by the path segment before it ({@code newcomers},
     *                  {@code placements}, {@code municipalities}…); "1" when unknown
     * @param fieldHints a valid value for a body field, by the field's name ({@code municipalityNis}, {@code offerId})
     * @param queryHint  a valid value for a query parameter by name, or null
     * @param seed       the seed of the rotation
     */
    public HostileCases(Map<String, String> pathIds, Map<String, JsonNode> fieldHints,
                        Function<String, String> queryHint, long seed) {
        this.pathIds = pathIds;
        this.fieldHints = fieldHints;
        this.queryHint = queryHint;
        this.random = new Random(seed);
    }

    /**
     * Stands in a hostile path value for the fixture's real id ("{real};jsessionid=x"): a value that decorates an id
     * must decorate the fixture's own, never a fixed 1. "1;jsessionid=x" reached the first administrator's account
     * (the matrix parameter is dropped), and a valid-looking password reset on it signed every later test out.
     */
    static final String REAL_ID = "{real}";

    /** The path with every parameter replaced by its real id (or the one given for {@code replaced}). */
    public String path(Operation operation, String replaced, String value) {
        String[] segments = operation.path().split("/");
        StringBuilder path = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            String segment = segments[i];
            path.append('/');
            if (segment.startsWith("{") && segment.endsWith("}")) {
                String name = segment.substring(1, segment.length() - 1);
                String real = pathIds.getOrDefault(segments[i - 1], "1");
                path.append(name.equals(replaced) ? value.replace(REAL_ID, real) : real);
            } else {
                path.append(segment);
            }
        }
        return path.toString();
    }

    /** The valid query string (with a leading "?") of the operation's parameters that have a hint, or "". */
    String validQuery(Operation operation) {
        List<String> parts = new ArrayList<>();
        for (Parameter p : operation.in("query")) {
            String value = queryHint == null ? null : queryHint.apply(operation.path() + "?" + p.name());
            if (value != null) {
                parts.add(p.name() + "=" + value);
            }
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    /** Every case of the operation, in a fixed order. */
    public List<Case> of(Operation operation) {
        List<Case> cases = new ArrayList<>();
        String path = path(operation, null, null);
        String query = validQuery(operation);
        byte[] valid = validBody(operation);
        String validType = operation.body() == null ? null
                : operation.body().json() ? "application/json" : operation.body().mediaTypes().get(0).equals("*/*")
                ? "text/csv" : operation.body().mediaTypes().get(0);
        List<String[]> validHeaders = validType == null ? List.of() : headers(header("Content-Type", validType));
        String ifMatch = operation.takesIfMatch() ? FRESH : null;

        // Who may call: nobody without a session; nothing that changes without the CSRF token.
        cases.add(new Case(operation.key(), "anonymous", operation.method(), path + query, validHeaders, valid,
                Auth.ANONYMOUS, ifMatch));
        if (operation.changes()) {
            // Only on changes: each refused Basic sign-in hashes a password (a quarter of a second on two cores).
            cases.add(new Case(operation.key(), "bad-basic-credentials", operation.method(), path + query,
                    validHeaders, valid, Auth.BAD_BASIC, ifMatch));
            cases.add(new Case(operation.key(), "no-csrf-token", operation.method(), path + query, validHeaders,
                    valid, Auth.NO_CSRF, ifMatch));
            cases.add(new Case(operation.key(), "wrong-csrf-token", operation.method(), path + query, validHeaders,
                    valid, Auth.WRONG_CSRF, ifMatch));
        }

        // Path parameters: each gets values in turn, the last (the record itself) the most.
        List<Parameter> pathParameters = pathParametersInOrder(operation);
        for (int i = 0; i < pathParameters.size(); i++) {
            boolean last = i == pathParameters.size() - 1;
            int count = last ? MAX_PATH_CASES - 3 * (pathParameters.size() - 1) : 3;
            for (Value v : take(HostileValues.PATH, Math.max(count, 3))) {
                cases.add(new Case(operation.key(), pathParameters.get(i).name() + ":" + v.name(),
                        operation.method(), path(operation, pathParameters.get(i).name(), v.json()) + query,
                        validHeaders, valid, Auth.SESSION, ifMatch));
            }
        }

        // Query parameters, paging and sorting.
        List<Parameter> queryParameters = operation.in("query");
        List<Case> queryCases = new ArrayList<>();
        for (Parameter p : queryParameters) {
            switch (p.name()) {
                case "page" -> queryCases.add(queryCase(operation, path, "page", "-1", "page-negative", validHeaders,
                        valid, ifMatch));
                case "size" -> {
                    queryCases.add(queryCase(operation, path, "size", "1000000", "size-million", validHeaders, valid,
                            ifMatch));
                    queryCases.add(queryCase(operation, path, "size", "0", "size-zero", validHeaders, valid,
                            ifMatch));
                }
                case "sort" -> {
                    for (Value v : take(HostileValues.SORT, 2)) {
                        queryCases.add(queryCase(operation, path, "sort", v.json(), v.name(), validHeaders, valid,
                                ifMatch));
                    }
                }
                default -> {
                    for (Value v : take(HostileValues.QUERY, 2)) {
                        queryCases.add(queryCase(operation, path, p.name(), v.json(), v.name(), validHeaders, valid,
                                ifMatch));
                    }
                }
            }
        }
        if (!queryParameters.isEmpty()) {
            Parameter first = queryParameters.get(0);
            queryCases.add(new Case(operation.key(), first.name() + ":repeated", operation.method(),
                    path + "?" + first.name() + "=1&" + first.name() + "=2&" + first.name() + "=%ZZ", validHeaders,
                    valid, Auth.SESSION, ifMatch));
        }
        cases.addAll(bounded(queryCases, MAX_QUERY_CASES));
        cases.add(new Case(operation.key(), "query-undeclared", operation.method(),
                path + "?__proto__=1&class.module.classLoader=x&" + HostileValues.repeat('q', 200) + "=1",
                validHeaders, valid, Auth.SESSION, ifMatch));

        if (operation.body() != null || operation.changes()) {
            bodyCases(operation, path + query, valid, validType, ifMatch, cases);
        }

        // If-Match: missing, stale, malformed, a wildcard and a list.
        if (operation.takesIfMatch()) {
            for (String[] etag : new String[][] {{"if-match-missing", null}, {"if-match-stale", "\"0\""},
                    {"if-match-weak-stale", "W/\"1\""}, {"if-match-malformed", "garbage"},
                    {"if-match-huge-number", "\"99999999999999999999\""}, {"if-match-empty", ""},
                    {"if-match-list", "\"1\", \"2\""}, {"if-match-negative", "\"-1\""},
                    {"if-match-huge", "\"" + HostileValues.repeat('9', 6000) + "\""}}) {
                cases.add(new Case(operation.key(), etag[0], operation.method(), path + query, validHeaders, valid,
                        Auth.SESSION, etag[1]));
            }
        }
        return cases;
    }

    private void bodyCases(Operation operation, String target, byte[] valid, String validType, String ifMatch,
                           List<Case> cases) {
        String key = operation.key();
        String method = operation.method();
        boolean json = operation.body() == null || operation.body().json();
        List<String[]> jsonType = headers(header("Content-Type", "application/json"));

        // Content types.
        byte[] sample = valid == null ? "{}".getBytes(StandardCharsets.UTF_8) : valid;
        cases.add(new Case(key, "content-type-none", method, target, List.of(), sample, Auth.SESSION, ifMatch));
        cases.add(new Case(key, "content-type-text-plain", method, target,
                headers(header("Content-Type", "text/plain")), sample, Auth.SESSION, ifMatch));
        cases.add(new Case(key, "content-type-xml-xxe", method, target,
                headers(header("Content-Type", "application/xml")), ("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e"
                        + " SYSTEM \"file:///etc/passwd\">]><x>&e;</x>").getBytes(StandardCharsets.UTF_8),
                Auth.SESSION, ifMatch));
        cases.add(new Case(key, "content-type-charset-ebcdic-xx", method, target,
                headers(header("Content-Type", "application/json; charset=ebcdic-xx")), sample, Auth.SESSION,
                ifMatch));
        cases.add(new Case(key, "content-type-form", method, target,
                headers(header("Content-Type", "application/x-www-form-urlencoded")),
                "a=1&b=%ZZ".getBytes(StandardCharsets.UTF_8), Auth.SESSION, ifMatch));
        cases.add(new Case(key, "content-type-multipart-no-boundary", method, target,
                headers(header("Content-Type", "multipart/form-data")), sample, Auth.SESSION, ifMatch));
        cases.add(new Case(key, "content-type-garbage", method, target,
                headers(header("Content-Type", "\u00ff/;;==")), sample, Auth.SESSION, ifMatch));
        cases.add(new Case(key, "header-crlf-injection", method, target,
                headers(header("Content-Type", "application/json"),
                        header("X-File-Name", "a%0D%0ASet-Cookie: injected=1"),
                        header("Accept-Language", "nl\r\nX-Injected: 1")), sample, Auth.SESSION, ifMatch));
        // Fewer bytes announced than sent (never more: the server would rightly wait for them until the timeout).
        cases.add(new Case(key, "content-length-lies", method, target,
                headers(header("Content-Type", "application/json"),
                        header("Content-Length", Integer.toString(Math.max(0, sample.length / 2 - 1)))), sample,
                Auth.SESSION, ifMatch));

        if (!json) {
            rawBodyCases(operation, target, ifMatch, cases);
            return;
        }
        if (operation.body() == null) {
            // A change that takes no body (an erasure, a sign-out, a run): a few bodies it must ignore or refuse are
            // enough, not the whole set (each sign-out that passes costs a sign-in again).
            for (String[] body : new String[][] {{"json-open-brace", "{"}, {"deep-arrays-1000",
                    "[".repeat(1000) + "]".repeat(1000)}, {"huge-body-string",
                    "{\"a\":\"" + HostileValues.repeat('A', HostileValues.HUGE_BODY) + "\"}"}}) {
                cases.add(new Case(key, body[0], method, target, jsonType, utf8(body[1]), Auth.SESSION, ifMatch));
            }
            return;
        }

        // Malformed, deep and huge bodies.
        for (Value v : HostileValues.MALFORMED) {
            cases.add(new Case(key, v.name(), method, target, jsonType, utf8(v.json()), Auth.SESSION, ifMatch));
        }
        cases.add(new Case(key, "json-invalid-utf8", method, target, jsonType,
                new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'},
                Auth.SESSION, ifMatch));
        cases.add(new Case(key, "json-raw-nul", method, target, jsonType,
                new byte[] {'{', '"', 'a', '"', ':', '"', 0, '"', '}'}, Auth.SESSION, ifMatch));
        cases.add(new Case(key, "deep-arrays-1000", method, target, jsonType,
                utf8("[".repeat(1000) + "]".repeat(1000)), Auth.SESSION, ifMatch));
        cases.add(new Case(key, "deep-objects-1000", method, target, jsonType,
                utf8("{\"a\":".repeat(1000) + "1" + "}".repeat(1000)), Auth.SESSION, ifMatch));
        cases.add(new Case(key, "deep-arrays-50000", method, target, jsonType,
                utf8("[".repeat(50000) + "]".repeat(50000)), Auth.SESSION, ifMatch));
        cases.add(new Case(key, "huge-body-string", method, target, jsonType,
                utf8("{\"a\":\"" + HostileValues.repeat('A', HostileValues.HUGE_BODY) + "\"}"), Auth.SESSION,
                ifMatch));
        cases.add(new Case(key, "huge-body-array", method, target, jsonType,
                utf8("[" + "1,".repeat(HostileValues.HUGE_BODY / 2) + "1]"), Auth.SESSION, ifMatch));

        JsonNode base = sampleBody(operation);
        if (!(base instanceof ObjectNode object)) {
            return;
        }
        List<String> fields = new ArrayList<>();
        object.fieldNames().forEachRemaining(fields::add);
        if (!fields.isEmpty()) {
            String first = fields.get(0);
            cases.add(new Case(key, first + ":deep-array-1000", method, target, jsonType,
                    utf8(render(with(object, first, raw("[".repeat(1000) + "]".repeat(1000))))), Auth.SESSION,
                    ifMatch));
            cases.add(new Case(key, first + ":deep-object-1000", method, target, jsonType,
                    utf8(render(with(object, first, raw("{\"a\":".repeat(1000) + "1" + "}".repeat(1000))))),
                    Auth.SESSION, ifMatch));
        }

        // Fields missing: none at all, then one at a time.
        cases.add(new Case(key, "empty-object", method, target, jsonType, utf8("{}"), Auth.SESSION, ifMatch));
        for (String field : bounded(fields, MAX_MISSING_CASES)) {
            ObjectNode without = object.deepCopy();
            without.remove(field);
            cases.add(new Case(key, field + ":missing", method, target, jsonType, utf8(render(without)),
                    Auth.SESSION, ifMatch));
        }

        // Extra fields.
        for (String[] extra : new String[][] {{"extra-unknown-field", "\"fuzzUnknown\":1"},
                {"extra-id-and-version", "\"id\":1,\"version\":-5,\"createdAt\":\"0000-01-01T00:00:00Z\""},
                {"extra-polymorphic", "\"@class\":\"ProcessBuilder\",\"@type\":\"x\",\"__proto__\":{}"},
                {"extra-100-fields", extraFields(100)}}) {
            String rendered = render(object);
            String body = rendered.equals("{}") ? "{" + extra[1] + "}"
                    : rendered.substring(0, rendered.length() - 1) + "," + extra[1] + "}";
            cases.add(new Case(key, extra[0], method, target, jsonType, utf8(body), Auth.SESSION, ifMatch));
        }

        // One field at a time made hostile: values of the class that fits the field, and a wrong type.
        List<Case> fieldCases = new ArrayList<>();
        for (String[] field : leaves(object, "")) {
            String name = field[0];
            String kind = field[1];
            List<Value> pool = switch (kind) {
                case "date" -> HostileValues.DATES;
                case "number" -> HostileValues.NUMBERS;
                default -> HostileValues.STRINGS;
            };
            // The classes that broke the API before are sent to every field; the rest of the pool in turn.
            List<Value> chosen = new ArrayList<>(switch (kind) {
                case "date" -> List.of(HostileValues.DATES.get(0), HostileValues.DATES.get(2));
                case "number" -> List.of(HostileValues.NUMBERS.get(0));
                default -> List.of(HostileValues.STRINGS.get(0), HostileValues.STRINGS.get(7),
                        HostileValues.STRINGS.get(8));
            });
            for (Value v : take(pool, 2)) {
                if (!chosen.contains(v)) {
                    chosen.add(v);
                }
            }
            chosen.addAll(take(HostileValues.WRONG_TYPES, 1));
            for (Value v : chosen) {
                fieldCases.add(new Case(key, name + ":" + v.name(), method, target, jsonType,
                        utf8(render(withPath(object, name, raw(v.json())))), Auth.SESSION, ifMatch));
            }
        }
        // Every case of an operation that checks a password hashes one (a quarter of a second on two cores): fewer.
        boolean hashes = operation.path().contains("password") || operation.path().endsWith("/session");
        cases.addAll(bounded(fieldCases, hashes ? MAX_FIELD_CASES / 3 : MAX_FIELD_CASES));
    }

    private void rawBodyCases(Operation operation, String target, String ifMatch, List<Case> cases) {
        String key = operation.key();
        String method = operation.method();
        List<String[]> csv = headers(header("Content-Type", "text/csv"));
        cases.add(new Case(key, "file-empty", method, target, csv, new byte[0], Auth.SESSION, ifMatch));
        cases.add(new Case(key, "file-formulas", method, target, csv,
                utf8("naam;gemeente\n=cmd|' /C calc'!A0;@SUM(1+1)\n+1;-1\n\"unterminated;x\n"), Auth.SESSION,
                ifMatch));
        cases.add(new Case(key, "file-binary", method, target, headers(header("Content-Type",
                "application/octet-stream")), binary(4096), Auth.SESSION, ifMatch));
        cases.add(new Case(key, "file-fake-xlsx", method, target, headers(header("Content-Type",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")),
                concat(new byte[] {'P', 'K', 3, 4}, binary(2048)), Auth.SESSION, ifMatch));
        cases.add(new Case(key, "file-nul-and-surrogates", method, target, csv,
                new byte[] {'a', 0, ';', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n', 'b', ';', (byte) 0xFF, '\n'},
                Auth.SESSION, ifMatch));
        cases.add(new Case(key, "file-huge-line", method, target, csv,
                utf8("naam\n" + HostileValues.repeat('A', HostileValues.HUGE_BODY)), Auth.SESSION, ifMatch));
        cases.add(new Case(key, "file-over-10mb", method, target, csv,
                utf8("a;b\n" + "1;2\n".repeat(11 * 1024 * 1024 / 4)), Auth.SESSION, ifMatch));
        cases.add(new Case(key, "file-name-traversal", method, target,
                headers(header("Content-Type", "text/csv"), header("X-File-Name", "..%2F..%2Fetc%2Fpasswd%00.csv")),
                utf8("a;b\n1;2\n"), Auth.SESSION, ifMatch));
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Bodies

    /** The valid-looking body of the operation (JSON from the example or the schema), or null when it takes none. */
    public byte[] validBody(Operation operation) {
        if (operation.body() == null) {
            return null;
        }
        if (!operation.body().json()) {
            return utf8("a;b\n1;2\n");
        }
        return utf8(render(sampleBody(operation)));
    }

    /** The document's example, else a body built from the schema; the fixture's values put in by field name. */
    public JsonNode sampleBody(Operation operation) {
        if (operation.body() == null) {
            return JsonNodeFactory.instance.objectNode();
        }
        JsonNode example = operation.body().example();
        if (example != null && !example.isMissingNode() && !example.isNull()) {
            return hinted(example.deepCopy());
        }
        return sample(operation.body().schema(), "", 0);
    }

    private JsonNode hinted(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                if (fieldHints.containsKey(name)) {
                    object.set(name, fitted(fieldHints.get(name), object.get(name).isArray()));
                } else {
                    object.set(name, hinted(object.get(name)));
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, hinted(array.get(i)));
            }
        }
        return node;
    }

    JsonNode sample(JsonNode schema, String name, int depth) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        String type = schema.path("type").asText("");
        if (fieldHints.containsKey(name)) {
            return fitted(fieldHints.get(name), type.equals("array"));
        }
        if (schema.has("examples") && schema.get("examples").isArray() && schema.get("examples").size() > 0) {
            return schema.get("examples").get(0).deepCopy();
        }
        if (schema.has("example")) {
            return schema.get("example").deepCopy();
        }
        if (schema.has("enum") && schema.get("enum").size() > 0) {
            return schema.get("enum").get(0).deepCopy();
        }
        if (type.equals("object") || schema.has("properties")) {
            ObjectNode object = f.objectNode();
            if (depth < 4) {
                schema.path("properties").fields().forEachRemaining(p ->
                        object.set(p.getKey(), sample(p.getValue(), p.getKey(), depth + 1)));
            }
            return object;
        }
        if (type.equals("array")) {
            ArrayNode array = f.arrayNode();
            if (depth < 4) {
                array.add(sample(schema.path("items"), name, depth + 1));
            }
            return array;
        }
        if (type.equals("boolean")) {
            return f.booleanNode(false);
        }
        if (type.equals("integer") || type.equals("number")) {
            return f.numberNode(1);
        }
        String lower = name.toLowerCase();
        if (type.isEmpty() && (lower.endsWith("id") || lower.contains("hours") || lower.contains("amount")
                || lower.contains("cap") || lower.contains("capacity"))) {
            return f.numberNode(lower.contains("amount") ? 1000 : 1);
        }
        if (isDate(name) || "date".equals(schema.path("format").asText())) {
            return f.textNode("2026-03-02");
        }
        if (lower.contains("email")) {
            return f.textNode("fuzz@example.org");
        }
        if (lower.contains("nis")) {
            return f.textNode("33011");
        }
        return f.textNode(type.isEmpty() ? "1" : "Fuzz tekst");
    }

    /** The hint as the field holds it: a list of one when the field is a list. */
    private static JsonNode fitted(JsonNode hint, boolean array) {
        return array && !hint.isArray() ? JsonNodeFactory.instance.arrayNode().add(hint.deepCopy()) : hint.deepCopy();
    }

    static boolean isDate(String name) {
        String lower = name.toLowerCase();
        return lower.contains("date") || name.endsWith("On") || name.endsWith("At") || lower.equals("deadline")
                || lower.equals("from") || lower.equals("until") || lower.equals("to") || name.endsWith("From")
                || name.endsWith("Until");
    }

    /** Leaf fields of the body, as JSON-pointer-like names ("attributes.role", "criteria.0.weight") and kinds. */
    static List<String[]> leaves(JsonNode node, String prefix) {
        List<String[]> leaves = new ArrayList<>();
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String name = prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey();
                if (e.getValue().isContainerNode() && e.getValue().size() > 0 && prefix.split("\\.").length < 3) {
                    leaves.add(new String[] {name, "string"});
                    leaves.addAll(leaves(e.getValue(), name));
                } else {
                    leaves.add(new String[] {name, kind(e.getKey(), e.getValue())});
                }
            }
        } else if (node instanceof ArrayNode array && array.size() > 0) {
            leaves.addAll(leaves(array.get(0), prefix + ".0"));
            if (!array.get(0).isContainerNode()) {
                leaves.set(leaves.size() - 1, new String[] {prefix + ".0", kind(prefix, array.get(0))});
            }
        } else if (node != null && !prefix.isEmpty()) {
            leaves.add(new String[] {prefix, kind(prefix, node)});
        }
        return leaves;
    }

    private static String kind(String name, JsonNode value) {
        String last = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : name;
        if (value.isNumber()) {
            return "number";
        }
        if (value.isTextual() && isDate(last) && value.asText().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return "date";
        }
        return "string";
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Raw JSON: values no JSON library writes, put in as placeholders and swapped in after rendering.

    private static final String RAW = "\u0001raw:";

    static TextNode raw(String json) {
        return TextNode.valueOf(RAW + json);
    }

    /** Renders the tree, each {@link #raw} placeholder replaced by its raw JSON text. */
    static String render(JsonNode node) {
        if (node == null) {
            return "null";
        }
        if (node.isTextual() && node.asText().startsWith(RAW)) {
            return node.asText().substring(RAW.length());
        }
        if (node instanceof ObjectNode object) {
            StringBuilder out = new StringBuilder("{");
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                out.append(TextNode.valueOf(e.getKey()).toString()).append(':').append(render(e.getValue()));
                if (it.hasNext()) {
                    out.append(',');
                }
            }
            return out.append('}').toString();
        }
        if (node instanceof ArrayNode array) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < array.size(); i++) {
                out.append(i == 0 ? "" : ",").append(render(array.get(i)));
            }
            return out.append(']').toString();
        }
        return node.toString();
    }

    static ObjectNode with(ObjectNode object, String field, JsonNode value) {
        ObjectNode copy = object.deepCopy();
        copy.set(field, value);
        return copy;
    }

    /** A copy with the field at "a.b.0.c" replaced. */
    static JsonNode withPath(ObjectNode object, String path, JsonNode value) {
        ObjectNode copy = object.deepCopy();
        String[] steps = path.split("\\.");
        JsonNode at = copy;
        for (int i = 0; i < steps.length - 1; i++) {
            at = at.isArray() ? at.get(Integer.parseInt(steps[i])) : at.get(steps[i]);
        }
        String last = steps[steps.length - 1];
        if (at instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else if (at instanceof ObjectNode parent) {
            parent.set(last, value);
        }
        return copy;
    }

    private static String extraFields(int count) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(i == 0 ? "" : ",").append("\"extra").append(i).append("\":").append(i);
        }
        return out.toString();
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** {@code count} values of the pool from a rotating, seeded offset. */
    private List<Value> take(List<Value> pool, int count) {
        int offset = random.nextInt(pool.size());
        List<Value> chosen = new ArrayList<>();
        for (int i = 0; i < Math.min(count, pool.size()); i++) {
            chosen.add(pool.get((offset + i) % pool.size()));
        }
        return chosen;
    }

    /** At most {@code max} of the list, spread evenly over it. */
    static <T> List<T> bounded(List<T> list, int max) {
        if (list.size() <= max) {
            return list;
        }
        List<T> chosen = new ArrayList<>();
        for (int i = 0; i < max; i++) {
            chosen.add(list.get((int) ((long) i * list.size() / max)));
        }
        return chosen;
    }

    private Case queryCase(Operation operation, String path, String name, String value, String caseName,
                           List<String[]> headers, byte[] body, String ifMatch) {
        List<String> parts = new ArrayList<>();
        parts.add(name + "=" + value);
        for (Parameter p : operation.in("query")) {
            String hint = queryHint == null || p.name().equals(name) ? null
                    : queryHint.apply(operation.path() + "?" + p.name());
            if (hint != null) {
                parts.add(p.name() + "=" + hint);
            }
        }
        return new Case(operation.key(), name + ":" + caseName, operation.method(),
                path + "?" + String.join("&", parts), headers, body, Auth.SESSION, ifMatch);
    }

    private static List<Parameter> pathParametersInOrder(Operation operation) {
        List<Parameter> ordered = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}]+)}").matcher(operation.path());
        while (m.find()) {
            String name = m.group(1);
            operation.in("path").stream().filter(p -> p.name().equals(name)).findFirst().ifPresent(ordered::add);
        }
        return ordered;
    }

    /** Headers in order, as {@link RawHttp} sends them. */
    static List<String[]> headers(String[]... headers) {
        return List.of(headers);
    }

    static String[] header(String name, String value) {
        return new String[] {name, value};
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private byte[] binary(int size) {
        byte[] bytes = new byte[size];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
