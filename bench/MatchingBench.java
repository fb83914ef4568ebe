import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The matching benchmark (issue 5): loads buddies, offers and newcomers with open trajectories into one network of a
 * running application through the API, then measures a newcomer's suggestions and a network-wide proposal. Run it
 * with bench/matching.sh, which documents the parameters. Needs only a JDK 17 (single-file source launch).
 */
public class MatchingBench {

    static final String[] LANGUAGES = {"ar", "fr", "en", "uk", "ti", "ps", "fa", "so", "ru", "tr", "es", "pl"};
    static final String[] INTERESTS = {"sport", "cooking", "music", "culture", "nature", "reading", "games",
            "crafts", "technology", "gardening", "children", "work", "language", "religion-philosophy", "society"};
    static final String[] DAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    static final String[] PARTS = {"morning", "afternoon", "evening"};
    static final String[] LEVELS = {"A0", "A1", "A2", "B1", "B2"};

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    final String base;
    final String network;
    String cookie;
    String csrf;
    final Random random = new Random(20261123);
    final List<String> municipalities = new ArrayList<>();

    MatchingBench(String base, String network) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.network = network;
    }

    public static void main(String[] args) throws Exception {
        String base = args.length > 0 ? args[0] : "http://localhost:8080";
        String password = System.getenv("VP_ADMIN_PASSWORD");
        if (password == null || password.isBlank()) {
            System.err.println("Set VP_ADMIN_PASSWORD to the administrator's password.");
            System.exit(2);
        }
        String network = env("BENCH_NETWORK", "westhoek");
        int buddies = Integer.parseInt(env("BENCH_BUDDIES", "15000"));
        int proposalBuddies = Integer.parseInt(env("BENCH_PROPOSAL_BUDDIES", "1500"));
        int offers = Integer.parseInt(env("BENCH_OFFERS", "20000"));
        int newcomers = Integer.parseInt(env("BENCH_NEWCOMERS", "2000"));
        int samples = Integer.parseInt(env("BENCH_SAMPLES", "200"));
        int threads = Integer.parseInt(env("BENCH_THREADS", "2"));

        MatchingBench bench = new MatchingBench(base, network);
        bench.signIn(password);
        if ("measure".equals(env("BENCH_MODE", "load"))) {
            // Data loaded by an earlier run: only measure again.
            List<Long> existing = bench.newcomersInNetwork();
            System.out.printf("Suggestions in %s (%d samples each, after 30 warm-up calls)%n", network, samples);
            bench.suggestions(existing, "buddy", samples);
            bench.suggestions(existing, "offer", samples);
            System.out.println("Proposal for every newcomer who looks for a buddy and every available buddy");
            for (int run = 1; run <= 3; run++) {
                bench.propose(run);
            }
            return;
        }
        bench.prepareNetwork();
        long t0 = System.nanoTime();
        List<Long> newcomerIds = bench.load("newcomers", newcomers, threads, i -> bench.newcomer());
        List<Long> organisations = bench.load("organisations", Math.max(1, offers / 100), threads,
                i -> bench.organisation(i));
        bench.load("offers", offers, threads, i -> bench.offer(organisations.get(i % organisations.size())));
        bench.load("buddies (for the proposal)", proposalBuddies, threads, i -> bench.buddy());
        System.out.printf(Locale.ROOT, "loaded in %.0f s%n", (System.nanoTime() - t0) / 1e9);

        System.out.println();
        System.out.printf("Network-wide proposal: %d newcomers, %d buddies with a free duo%n", newcomers,
                proposalBuddies);
        for (int run = 1; run <= 3; run++) {
            bench.propose(run);
        }

        bench.load("buddies (the rest)", buddies - proposalBuddies, threads, i -> bench.buddy());
        System.out.println();
        System.out.printf("Suggestions with %d buddies and %d offers in %s (%d samples each, after 30 warm-up calls)%n",
                buddies, offers, network, samples);
        bench.suggestions(newcomerIds, "buddy", samples);
        bench.suggestions(newcomerIds, "offer", samples);

        System.out.println();
        System.out.printf("Worst case: the proposal with all %d buddies free%n", buddies);
        bench.propose(1);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    interface Maker {
        String make(int i) throws Exception;
    }

    /** Creates {@code count} objects over a few threads; answers their ids. */
    List<Long> load(String what, int count, int threads, Maker maker) throws Exception {
        if (count <= 0) {
            return List.of();
        }
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger done = new AtomicInteger();
        List<Future<Long>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int index = i;
            futures.add(pool.submit(() -> {
                long id = idOf(maker.make(index));
                int n = done.incrementAndGet();
                if (n % 2000 == 0) {
                    System.out.printf(Locale.ROOT, "  %s: %d/%d%n", what, n, count);
                }
                return id;
            }));
        }
        List<Long> ids = new ArrayList<>();
        for (Future<Long> future : futures) {
            ids.add(future.get());
        }
        pool.shutdown();
        System.out.printf(Locale.ROOT, "%s: %d in %.0f s%n", what, count, (System.nanoTime() - started) / 1e9);
        return ids;
    }

    void signIn(String password) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/session"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"admin\",\"password\":\""
                        + password + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("sign-in failed: " + response.statusCode() + " " + response.body());
        }
        cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("VPSESSION="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElseThrow();
        csrf = field(response.body(), "csrfToken");
    }

    /** The network's municipalities, each taking part (a trajectory opens only where the municipality does). */
    void prepareNetwork() throws Exception {
        String page = send("GET", "/municipalities?network=" + network + "&size=200", null, 200);
        Matcher nis = Pattern.compile("\"nisCode\":\"(\\d{5})\"").matcher(page);
        while (nis.find()) {
            municipalities.add(nis.group(1));
        }
        if (municipalities.isEmpty()) {
            throw new IllegalStateException("no municipalities in network " + network);
        }
        for (String code : municipalities) {
            HttpResponse<String> current = raw("GET", "/municipalities/" + code, null, null);
            if (!current.body().contains("\"participatingFrom\":\"20")) {
                String etag = current.headers().firstValue("ETag").orElseThrow();
                send("PUT", "/municipalities/" + code + "/membership", "{\"participatingFrom\":\"2020-01-01\"}",
                        200, etag);
            }
        }
        System.out.printf("network %s: %d municipalities%n", network, municipalities.size());
    }

    /** The ids of the bench's newcomers in the network (from an earlier load). */
    List<Long> newcomersInNetwork() throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int page = 0; ; page++) {
            String body = send("GET", "/newcomers?network=" + network + "&q=Bench&size=200&page=" + page, null, 200);
            Matcher id = Pattern.compile("\"firstName\":\"Bench\",\"id\":(\\d+)").matcher(body);
            int before = ids.size();
            while (id.find()) {
                ids.add(Long.parseLong(id.group(1)));
            }
            if (ids.size() == before || ids.size() >= Integer.parseInt(field(body, "totalItems"))) {
                break;
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("no bench newcomers in " + network + ": load first");
        }
        return ids;
    }

    String newcomer() throws Exception {
        String body = "{\"firstName\":\"Bench\",\"lastName\":\"Inburgeraar " + random.nextInt(1_000_000)
                + "\",\"integrationStatus\":\"obliged\",\"municipalityNis\":\"" + municipality()
                + "\",\"dutchLevel\":\"" + LEVELS[random.nextInt(4)] + "\",\"languages\":" + some(LANGUAGES, 1, 2)
                + ",\"interests\":" + some(INTERESTS, 0, 3) + ",\"availability\":" + slots()
                + ",\"referralChannel\":\"agency\",\"integrationContractDate\":\"2025-01-15\","
                + "\"integrationProgress\":\"running\",\"consents\":{\"matching\":true}}";
        String created = send("POST", "/newcomers", body, 201);
        send("POST", "/trajectories", "{\"newcomerId\":" + idOf(created) + "}", 201);
        return created;
    }

    String organisation(int i) throws Exception {
        return send("POST", "/organisations", "{\"name\":\"Bench organisatie " + i + " " + random.nextInt(100000)
                + "\",\"kind\":\"association\",\"municipalityNis\":\"" + municipality() + "\"}", 201);
    }

    String offer(long organisation) throws Exception {
        String[][] kinds = {{"volunteering", "volunteering", "A0"}, {"internship", "internship", "A2"},
                {"alternative", "conversation-group", "A0"}, {"alternative", "sport", "A0"}};
        String[] kind = kinds[random.nextInt(kinds.length)];
        int min = List.of(LEVELS).indexOf(kind[2]);
        String level = LEVELS[min + random.nextInt(LEVELS.length - min)];
        return send("POST", "/offers", "{\"organisationId\":" + organisation + ",\"trajectoryTypeId\":\"" + kind[0]
                + "\",\"reportingCategory\":\"" + kind[1] + "\",\"title\":\"Bench aanbod " + random.nextInt(1_000_000)
                + "\",\"municipalityNis\":\"" + municipality() + "\",\"requiredLevel\":\"" + level
                + "\",\"capacity\":" + (1 + random.nextInt(12)) + ",\"languages\":" + some(LANGUAGES, 0, 2)
                + ",\"status\":\"published\"}", 201);
    }

    String buddy() throws Exception {
        return send("POST", "/buddies", "{\"firstName\":\"Bench\",\"lastName\":\"Buddy " + random.nextInt(1_000_000)
                + "\",\"email\":\"buddy@example.org\",\"municipalityNis\":\"" + municipality()
                + "\",\"languages\":" + some(LANGUAGES, 1, 2) + ",\"interests\":" + some(INTERESTS, 0, 3)
                + ",\"availability\":" + slots() + ",\"screening\":\"screened\",\"training\":\"trained\","
                + "\"trainedOn\":\"2025-06-01\",\"capacity\":" + (1 + random.nextInt(2))
                + ",\"status\":\"active\",\"consents\":{\"matching\":true}}", 201);
    }

    void propose(int run) throws Exception {
        long started = System.nanoTime();
        String body = send("POST", "/matches/proposals?network=" + network, null, 201);
        double ms = (System.nanoTime() - started) / 1e6;
        System.out.printf(Locale.ROOT, "  run %d: %.0f ms over HTTP (computing %s ms of it); %s pairs of %s newcomers"
                        + " and %s buddies, %s candidate pairs, total score %s%n", run, ms, field(body, "durationMs"),
                field(body, "pairCount"), field(body, "newcomersConsidered"), field(body, "buddiesConsidered"),
                field(body, "candidatePairs"), field(body, "totalScore"));
    }

    void suggestions(List<Long> newcomerIds, String kind, int samples) throws Exception {
        List<Long> shuffled = new ArrayList<>(newcomerIds);
        Collections.shuffle(shuffled, random);
        for (int i = 0; i < 30; i++) {
            send("GET", "/matches/suggestions?newcomer=" + shuffled.get(i % shuffled.size()) + "&kind=" + kind
                    + "&limit=10", null, 200);
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            long started = System.nanoTime();
            send("GET", "/matches/suggestions?newcomer=" + shuffled.get(i % shuffled.size()) + "&kind=" + kind
                    + "&limit=10", null, 200);
            times.add((System.nanoTime() - started) / 1e6);
        }
        Collections.sort(times);
        System.out.printf(Locale.ROOT, "  kind=%s: median %.1f ms, p99 %.1f ms, max %.1f ms%n", kind,
                times.get(times.size() / 2), times.get((int) Math.ceil(times.size() * 0.99) - 1),
                times.get(times.size() - 1));
    }

    String municipality() {
        return municipalities.get(random.nextInt(municipalities.size()));
    }

    String some(String[] values, int min, int max) {
        List<String> all = new ArrayList<>(List.of(values));
        Collections.shuffle(all, random);
        int n = min + random.nextInt(max - min + 1);
        return "[" + String.join(",", all.subList(0, n).stream().map(v -> "\"" + v + "\"").toList()) + "]";
    }

    String slots() {
        List<String> all = new ArrayList<>();
        for (String day : DAYS) {
            for (String part : PARTS) {
                all.add(day + "-" + part);
            }
        }
        Collections.shuffle(all, random);
        int n = random.nextInt(6);
        return "[" + String.join(",", all.subList(0, n).stream().map(v -> "\"" + v + "\"").toList()) + "]";
    }

    String send(String method, String path, String body, int expected) throws Exception {
        return send(method, path, body, expected, null);
    }

    String send(String method, String path, String body, int expected, String ifMatch) throws Exception {
        HttpResponse<String> response = raw(method, path, body, ifMatch);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }

    HttpResponse<String> raw(String method, String path, String body, String ifMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/v1" + path))
                .timeout(Duration.ofMinutes(5)).header("Cookie", cookie).header("X-CSRF-Token", csrf)
                .header("Accept", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static long idOf(String json) {
        return Long.parseLong(field(json, "id"));
    }

    /** A top-level scalar field of a JSON object (the first occurrence), without a JSON library. */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"?([^\",}]*)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
