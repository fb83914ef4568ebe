package be.vierdepijler.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.reliability.HostileCases.Case;
import be.vierdepijler.reliability.OpenApiOperations.Operation;
import be.vierdepijler.reliability.Verdict.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Hostile input on every operation of the OpenAPI document the cluster serves (issue 16): a small fixture made through
 * the API as the administrator gives the path parameters real ids, {@link HostileCases} generates the requests (fixed
 * seed), {@link HostileInputRun} sends and judges them and counts the rows of every table around each request answered
 * 4xx. Fails on any 5xx, no answer, leak of server internals, 4xx that is not problem+json, call let through without a
 * session or CSRF token, or request refused yet half-written — listing all of them — and when an operation of the
 * document got no request.
 */
class HostileInputFuzzIT {

    private static final long SEED = 16_2026L;

    private final String base = System.getProperty("rel.base", "http://127.0.0.1:8090");
    private final String dbUrl = System.getProperty("rel.db.url", "");
    private final String adminPassword = System.getProperty("rel.admin.password", "reliability-admin-1");

    @Test
    void everyOperationSurvivesHostileInput() throws Exception {
        long started = System.nanoTime();
        ApiClient admin = new ApiClient(base, Duration.ofSeconds(60));
        admin.signInAsAdministrator(adminPassword);
        String password = signedInPassword(admin);

        JsonNode document = ApiClient.MAPPER.readTree(new ApiClient(base).send("GET", "/openapi?format=JSON", null,
                Map.of("Accept", "application/json")).body());
        List<Operation> operations = OpenApiOperations.of(document);
        assertThat(operations).as("operations in the OpenAPI document").hasSizeGreaterThan(50);

        Fixture fixture = new Fixture(admin);
        fixture.create();
        long fixtureMillis = (System.nanoTime() - started) / 1_000_000;

        HostileCases generator = new HostileCases(fixture.pathIds, fixture.fieldHints, fixture::queryHint, SEED);
        TableCounts tables = dbUrl.isBlank() ? null : new TableCounts(dbUrl,
                System.getProperty("rel.db.user", "vierdepijler"), System.getProperty("rel.db.password", ""));
        HostileInputRun run = new HostileInputRun(base, "admin", password, tables, System.out::println);
        run.signIn();

        long fuzzStart = System.nanoTime();
        Map<String, Integer> generated = new LinkedHashMap<>();
        for (Operation operation : order(operations)) {
            List<Case> cases = generator.of(operation);
            generated.put(operation.key(), cases.size());
            run.run(operation, cases);
        }
        long fuzzMillis = (System.nanoTime() - fuzzStart) / 1_000_000;
        if (tables != null) {
            tables.close();
        }

        List<String> uncovered = operations.stream().map(Operation::key)
                .filter(k -> run.requestsByOperation.getOrDefault(k, 0) == 0).toList();
        String report = report(operations, run, uncovered, fixtureMillis, fuzzMillis, tables != null);
        System.out.println(report);

        assertThat(uncovered).as("operations of the document without a hostile request").isEmpty();
        assertThat(run.problems).as("problems found by the fuzzer (5xx, no answer, leaks, not problem+json, no"
                + " session or CSRF let through, half-written)\n" + problemList(run.problems)).isEmpty();
    }

    /** DELETE, erasure, sign-out and the runs of background jobs last: the fixture must outlive the rest. */
    private static List<Operation> order(List<Operation> operations) {
        return operations.stream().sorted(Comparator.comparingInt(HostileInputFuzzIT::rank)).toList();
    }

    private static int rank(Operation o) {
        if (o.path().startsWith("/api/v1/session")) {
            return 3;
        }
        if (o.method().equals("DELETE") || o.path().endsWith("/erasure") || o.path().endsWith("/end")
                || o.path().endsWith("/referral") || o.path().endsWith("-runs")) {
            return 2;
        }
        return o.method().equals("GET") ? 0 : 1;
    }

    /** signInAsAdministrator changes the first password once: whichever works now. */
    private String signedInPassword(ApiClient admin) {
        ApiClient probe = new ApiClient(base);
        String changed = adminPassword + "-changed";
        return probe.send("POST", "/api/v1/session", "{\"username\":\"admin\",\"password\":\"" + changed + "\"}").ok()
                ? changed : adminPassword;
    }

    private static String report(List<Operation> operations, HostileInputRun run, List<String> uncovered,
                                 long fixtureMillis, long fuzzMillis, boolean checkedTables) {
        StringBuilder out = new StringBuilder("===== hostile input (seed " + SEED + ") =====\n");
        out.append("operations covered: ").append(operations.size() - uncovered.size()).append(" of ")
                .append(operations.size()).append(" in the OpenAPI document").append(uncovered.isEmpty() ? ""
                        : " — NOT covered: " + uncovered).append('\n');
        out.append("requests sent: ").append(run.requests).append(" (+ ").append(run.signIns)
                .append(" sign-ins and the ETag reads)\n");
        Map<String, Integer> byClass = new TreeMap<>();
        run.byStatus.forEach((s, n) -> byClass.merge(s == 0 ? "no answer" : (s / 100) + "xx", n, Integer::sum));
        out.append("answers by class: ").append(byClass).append('\n');
        out.append("answers by status: ").append(run.byStatus).append('\n');
        out.append("4xx answers with the row counts of every table checked before and after: ")
                .append(checkedTables ? run.fourXxChecked : "not checked (no rel.db.url)").append('\n');
        out.append("database outages met (PostgreSQL restarted by another test): ").append(run.outageRetries)
                .append(" requests sent again after a 503 database-unavailable, ").append(run.uncheckedByOutage)
                .append(" requests left unchecked for half-writes\n");
        if (checkedTables) {
            out.append("tables left out of that check: ").append(TableCounts.EXCLUDED.keySet()).append('\n');
        }
        int twoXx = run.twoXxByCase.values().stream().mapToInt(Integer::intValue).sum();
        out.append("2xx answers (allowed: an extra field may be ignored): ").append(twoXx).append('\n');
        Map<String, Long> byKind = run.problems.stream().collect(Collectors.groupingBy(Problem::kind, TreeMap::new,
                Collectors.counting()));
        out.append("problems by kind: ").append(byKind.isEmpty() ? "none" : byKind).append('\n');
        List<Problem> fiveXx = run.problems.stream().filter(p -> p.kind().equals("5xx")).toList();
        out.append("5xx (operation | case | status | body): ").append(fiveXx.size()).append('\n');
        fiveXx.forEach(p -> out.append("  ").append(p.operation()).append(" | ").append(p.caseName()).append(" | ")
                .append(p.status()).append(" | ").append(p.detail()).append('\n'));
        out.append("problems: ").append(run.problems.size()).append('\n');
        run.problems.forEach(p -> out.append("  ").append(p).append('\n'));
        Map<String, Long> twoXxByClass = run.twoXxByCase.entrySet().stream().collect(Collectors.groupingBy(
                e -> e.getKey().substring(e.getKey().indexOf('[') + 1, e.getKey().length() - 1).replaceFirst(".*:", ""),
                TreeMap::new, Collectors.summingLong(Map.Entry::getValue)));
        out.append("2xx by case: ").append(twoXxByClass).append('\n');
        out.append("slowest operations: ").append(run.millisByOperation.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(8)
                .map(e -> e.getKey() + " " + e.getValue() + " ms").collect(Collectors.joining(", "))).append('\n');
        out.append("slowest request: ").append(run.slowestMillis).append(" ms, ").append(run.slowest).append('\n');
        out.append("time: fixture ").append(fixtureMillis).append(" ms, hostile requests ").append(fuzzMillis)
                .append(" ms (").append(String.format("%.1f", run.requests * 1000.0 / Math.max(1, fuzzMillis)))
                .append(" requests/s)\n");
        out.append("=====");
        // Every line prefixed, so that cluster/reliability.sh shows them among the figures.
        return out.toString().lines().map(l -> "[HostileInputFuzzIT] " + l).collect(Collectors.joining("\n"));
    }

    private static String problemList(List<Problem> problems) {
        return problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n"));
    }

    /** The records the hostile requests aim at, made through the API as the administrator. */
    private static final class Fixture {

        private static final String IEPER = "33011";
        private final ApiClient admin;
        final Map<String, String> pathIds = new HashMap<>();
        final Map<String, JsonNode> fieldHints = new HashMap<>();
        private final Map<String, String> query = new HashMap<>();
        private final String unique = Long.toString(System.nanoTime(), 36);

        Fixture(ApiClient admin) {
            this.admin = admin;
        }

        String queryHint(String pathAndName) {
            String name = pathAndName.substring(pathAndName.indexOf('?') + 1);
            if (pathAndName.startsWith("/api/v1/imports?")) {
                return switch (name) {
                    case "dryRun" -> "true";
                    case "kind" -> query.get("kind");
                    default -> null;
                };
            }
            return null;
        }

        void create() {
            JsonNodeFactory f = JsonNodeFactory.instance;
            pathIds.put("municipalities", IEPER);
            pathIds.put("networks", "westhoek");
            pathIds.put("trajectory-types", "volunteering");
            participates(IEPER);

            String organisation = id(post("/organisations", "{\"name\":\"Vzw Fuzz " + unique
                    + "\",\"kind\":\"association\",\"municipalityNis\":\"" + IEPER + "\",\"contacts\":[{\"name\":"
                    + "\"Fuzz Contact\",\"email\":\"contact@example.org\"}]}"));
            pathIds.put("organisations", organisation);
            String offer = id(post("/offers", "{\"organisationId\":" + organisation
                    + ",\"trajectoryTypeId\":\"alternative\",\"reportingCategory\":\"conversation-group\","
                    + "\"title\":\"Babbeltafel fuzz " + unique + "\",\"municipalityNis\":\"" + IEPER
                    + "\",\"requiredLevel\":\"A1\",\"capacity\":50,\"languages\":[\"ar\"],\"status\":\"published\","
                    + "\"contact\":{\"name\":\"Fuzz Contact\",\"email\":\"contact@example.org\"}}"));
            pathIds.put("offers", offer);
            String buddy = id(post("/buddies", "{\"firstName\":\"Buddy\",\"lastName\":\"Fuzz " + unique
                    + "\",\"email\":\"buddy@example.org\",\"municipalityNis\":\"" + IEPER
                    + "\",\"languages\":[\"ar\"],\"interests\":[\"cooking\"],\"availability\":[\"wed-afternoon\"],"
                    + "\"screening\":\"screened\",\"training\":\"trained\",\"trainedOn\":\"2025-06-01\","
                    + "\"capacity\":5,\"status\":\"active\",\"consents\":{\"matching\":true}}"));
            pathIds.put("buddies", buddy);
            String newcomer = id(post("/newcomers", "{\"firstName\":\"Fuzz\",\"lastName\":\"Test" + unique
                    + "\",\"email\":\"n@example.org\",\"integrationStatus\":\"obliged\",\"municipalityNis\":\""
                    + IEPER + "\",\"dutchLevel\":\"A2\",\"languages\":[\"ar\",\"nl\"],\"interests\":[\"cooking\"],"
                    + "\"availability\":[\"wed-afternoon\"],\"referralChannel\":\"agency\","
                    + "\"integrationContractDate\":\"2025-01-15\",\"integrationProgress\":\"running\","
                    + "\"consents\":{\"matching\":true}}"));
            pathIds.put("newcomers", newcomer);
            String trajectory = id(post("/trajectories", "{\"newcomerId\":" + newcomer + "}"));
            pathIds.put("trajectories", trajectory);
            post("/trajectories/" + trajectory + "/transitions", "{\"to\":\"active\"}");
            String start = LocalDate.now().minusDays(20).toString();
            ApiClient.Answer inOffer = post("/trajectories/" + trajectory + "/placements", "{\"typeId\":\"alternative\","
                    + "\"offerId\":" + offer + ",\"startDate\":\"" + start + "\",\"attributes\":{\"subtype\":"
                    + "\"conversation-group\",\"setting\":\"group\"}}");
            String placement = id(inOffer);
            if (!inOffer.ok()) {
                placement = id(post("/trajectories/" + trajectory + "/placements", "{\"typeId\":\"buddy\",\"buddyId\":"
                        + buddy + ",\"startDate\":\"" + start + "\",\"attributes\":{\"meetingRhythm\":\"weekly\","
                        + "\"sharedLanguages\":[\"nl\",\"ar\"]}}"));
            }
            pathIds.put("placements", placement);
            String entry = id(post("/trajectories/" + trajectory + "/hours", "{\"placementId\":" + placement
                    + ",\"date\":\"" + LocalDate.now().minusDays(2) + "\",\"hours\":2,\"note\":\"fuzz\"}"));
            pathIds.put("hours", entry);
            ApiClient.Answer link = admin.send("POST", "/api/v1/trajectories/" + trajectory + "/placements/"
                    + placement + "/confirmation-links", "{}");
            log("confirmation link", link);
            if (link.ok()) {
                pathIds.put("confirmations", link.json().path("token").asText("x"));
                ApiClient.Answer links = admin.get("/api/v1/trajectories/" + trajectory + "/placements/" + placement
                        + "/confirmation-links");
                JsonNode list = links.ok() ? links.json() : f.arrayNode();
                JsonNode first = list.isArray() ? list.path(0) : list.path("items").path(0);
                pathIds.put("confirmation-links", first.path("id").asText("1"));
            }
            String username = "fuzz.counsellor." + unique;
            String user = id(post("/users", "{\"username\":\"" + username + "\",\"displayName\":\"Fuzz\","
                    + "\"role\":\"counsellor\",\"networkIds\":[\"westhoek\"],\"password\":\"fuzz-password-1\"}"));
            pathIds.put("users", user);
            String call = id(post("/funding/calls", "{\"reference\":\"fuzz " + unique + "\",\"name\":\"Fuzz "
                    + unique + "\",\"kind\":\"pilot-call\",\"funders\":[{\"funder\":\"AMIF\",\"sharePercent\":100}],"
                    + "\"totalBudget\":800000,\"maxPerProject\":40000,\"minOwnFinancingPercent\":50,"
                    + "\"eligibleApplicants\":\"Lokale besturen\",\"startFrom\":\"2020-09-01\",\"durationMonths\":24}"));
            pathIds.put("calls", call);
            String project = id(post("/funding/projects", "{\"callId\":" + call + ",\"leadName\":\"Stad Fuzz\","
                    + "\"name\":\"Fuzz " + unique + "\",\"municipalityNis\":[\"" + IEPER + "\"],"
                    + "\"trajectoryTypeIds\":[\"buddy\",\"volunteering\"],\"startDate\":\"2020-09-01\","
                    + "\"endDate\":\"2022-08-31\"}"));
            pathIds.put("projects", project);
            ApiClient.Answer kinds = admin.get("/api/v1/imports/kinds");
            String kind = kinds.ok() && kinds.json().isArray() ? kinds.json().path(0).path("key").asText("offers")
                    : "offers";
            pathIds.put("kinds", kind);
            query.put("kind", kind);
            ApiClient.Answer imported = admin.send("POST", "/api/v1/imports?kind=" + kind + "&dryRun=true",
                    "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8), Map.of("Content-Type", "text/csv"));
            log("import", imported);
            pathIds.put("imports", imported.status() == 202 ? imported.json().path("id").asText("1") : "1");
            ApiClient.Answer proposal = admin.send("POST", "/api/v1/matches/proposals?network=westhoek", null,
                    Map.of());
            log("proposal", proposal);
            if (proposal.ok()) {
                String proposalId = proposal.json().path("id").asText("1");
                pathIds.put("proposals", proposalId);
                ApiClient.Answer pairs = admin.get("/api/v1/matches/proposals/" + proposalId + "/pairs");
                if (pairs.ok()) {
                    pathIds.put("pairs", pairs.json().path("items").path(0).path("id").asText("1"));
                }
            }
            ApiClient.Answer allocations = admin.get("/api/v1/funding/allocations");
            if (allocations.ok()) {
                pathIds.put("allocations", allocations.json().path("items").path(0).path("id").asText("1"));
            }
            pathIds.put("certificates", "FUZZ-CODE-1");

            fieldHints.put("municipalityNis", TextNode.valueOf(IEPER));
            fieldHints.put("organisationId", f.numberNode(Long.parseLong(organisation)));
            fieldHints.put("leadOrganisationId", f.numberNode(Long.parseLong(organisation)));
            fieldHints.put("offerId", f.numberNode(Long.parseLong(offer)));
            fieldHints.put("newcomerId", f.numberNode(Long.parseLong(newcomer)));
            fieldHints.put("placementId", f.numberNode(Long.parseLong(placement)));
            fieldHints.put("callId", f.numberNode(Long.parseLong(call)));
            fieldHints.put("entryIds", f.arrayNode().add(Long.parseLong(entry)));
            fieldHints.put("networkId", TextNode.valueOf("westhoek"));
            fieldHints.put("networkIds", f.arrayNode().add("westhoek"));
            fieldHints.put("counsellor", TextNode.valueOf(username));
            fieldHints.put("username", TextNode.valueOf("fuzz.nobody." + unique));
            fieldHints.put("password", TextNode.valueOf("fuzz-password-1"));
            fieldHints.put("email", TextNode.valueOf("fuzz@example.org"));
            fieldHints.put("role", TextNode.valueOf("counsellor"));
            fieldHints.put("decision", TextNode.valueOf("confirm"));
            fieldHints.put("typeId", TextNode.valueOf("alternative"));
            fieldHints.put("attributes", f.objectNode().put("subtype", "conversation-group").put("setting", "group"));
            System.out.println("[HostileInputFuzzIT] fixture: " + new TreeMap<>(pathIds));
        }

        private void participates(String nis) {
            ApiClient.Answer current = admin.get("/api/v1/municipalities/" + nis);
            if ("2020-01-01".equals(current.json().path("membership").path("participatingFrom").asText(null))
                    && current.json().path("membership").path("participatingUntil").isNull()) {
                return;
            }
            Map<String, String> headers = new HashMap<>();
            headers.put("Content-Type", "application/json");
            headers.put("If-Match", current.header("ETag"));
            log("membership", admin.send("PUT", "/api/v1/municipalities/" + nis + "/membership",
                    "{\"participatingFrom\":\"2020-01-01\"}".getBytes(StandardCharsets.UTF_8), headers));
        }

        private ApiClient.Answer post(String path, String json) {
            ApiClient.Answer answer = admin.send("POST", "/api/v1" + path, json);
            log(path, answer);
            return answer;
        }

        /** The id of what was created, or "1" (a valid-looking id) when it was refused. */
        private static String id(ApiClient.Answer answer) {
            return answer.ok() ? answer.json().path("id").asText("1") : "1";
        }

        private static void log(String what, ApiClient.Answer answer) {
            if (!answer.ok()) {
                System.out.println("[HostileInputFuzzIT] fixture " + what + " refused: " + answer.status() + " "
                        + ApiClient.abbreviate(answer.body()));
            }
        }
    }
}
