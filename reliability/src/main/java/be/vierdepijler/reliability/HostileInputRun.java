package be.vierdepijler.reliability;

import be.vierdepijler.reliability.HostileCases.Auth;
import be.vierdepijler.reliability.HostileCases.Case;
import be.vierdepijler.reliability.OpenApiOperations.Operation;
import be.vierdepijler.reliability.Verdict.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Sends the hostile cases of every operation over {@link RawHttp} as the administrator (its own session, signed in
 * again whenever a case signed it out), judges each answer ({@link Verdict}) and, with {@link TableCounts}, checks that
 * a request answered 4xx left every table as it was. Counts everything for the report.
 */
public final class HostileInputRun {

    private final RawHttp http;
    private final String username;
    private final String password;
    private final TableCounts tables;
    private final Consumer<String> log;

    private String cookie;
    private String csrf;
    private final Map<String, String> etags = new LinkedHashMap<>();

    // The figures of the run.
    public final Map<Integer, Integer> byStatus = new TreeMap<>();
    public final Map<String, Integer> twoXxByCase = new TreeMap<>();
    public final Map<String, Integer> requestsByOperation = new LinkedHashMap<>();
    public final List<Problem> problems = new ArrayList<>();
    public final Map<String, Long> millisByOperation = new LinkedHashMap<>();
    public int requests;
    public int signIns;
    public int fourXxChecked;
    public int outageRetries;
    public int uncheckedByOutage;
    public long slowestMillis;
    public String slowest = "";

    /** @param tables the row counts of the database, or null to leave the half-written check out */
    public HostileInputRun(String base, String username, String password, TableCounts tables, Consumer<String> log) {
        this.http = new RawHttp(base, 60_000);
        this.username = username;
        this.password = password;
        this.tables = tables;
        this.log = log;
    }

    /** Signs in with the raw client: keeps the session cookie and the CSRF token. */
    public void signIn() {
        byte[] body = ApiClient.MAPPER.createObjectNode().put("username", username).put("password", password)
                .toString().getBytes(StandardCharsets.UTF_8);
        ApiClient.Answer answer = http.send("POST", "/api/v1/session",
                HostileCases.headers(HostileCases.header("Content-Type", "application/json")), body);
        for (int attempt = 0; attempt < 40 && (answer.status() == 503 || answer.status() == 0); attempt++) {
            pause(3000); // the database restarted by another test
            answer = http.send("POST", "/api/v1/session",
                    HostileCases.headers(HostileCases.header("Content-Type", "application/json")), body);
        }
        if (answer.status() != 200) {
            throw new IllegalStateException("The fuzzer's sign-in was refused: " + answer.status() + " "
                    + ApiClient.abbreviate(answer.body()));
        }
        List<String> cookies = new ArrayList<>();
        answer.headers().forEach((name, values) -> {
            if (name != null && name.equalsIgnoreCase("Set-Cookie")) {
                values.forEach(v -> cookies.add(v.split(";", 2)[0]));
            }
        });
        cookie = String.join("; ", cookies);
        csrf = answer.json().path("csrfToken").asText(null);
        signIns++;
    }

    /** Sends every case of the operation; returns how many were sent. */
    public int run(Operation operation, List<Case> cases) {
        long started = System.nanoTime();
        Map<String, Long> before = tables == null ? null : tables.snapshotOrNull(120);
        for (Case c : cases) {
            ApiClient.Answer answer = send(c);
            if (answer.status() == 503 && answer.body() != null && answer.body().contains("database-unavailable")) {
                // PostgreSQL is shared with the other reliability tests, which restart it: not this request's fault.
                // Wait until the database is back and send the request once more.
                outageRetries++;
                if (tables != null) {
                    tables.snapshotOrNull(120);
                } else {
                    pause(15_000);
                }
                before = tables == null ? null : tables.snapshotOrNull(120);
                answer = send(c);
            }
            requests++;
            requestsByOperation.merge(operation.key(), 1, Integer::sum);
            byStatus.merge(answer.status(), 1, Integer::sum);
            problems.addAll(Verdict.judge(c, answer));
            int status = answer.status();
            if (status >= 200 && status < 300) {
                twoXxByCase.merge(c.describe(), 1, Integer::sum);
                etags.clear();
                if (status == 202) {
                    awaitRun(answer);
                }
            }
            if (tables != null) {
                Map<String, Long> after = tables.snapshotOrNull(120);
                if (before == null || after == null) {
                    uncheckedByOutage++;
                } else if (status >= 400 && status < 500) {
                    fourXxChecked++;
                    String difference = TableCounts.difference(before, after);
                    if (!difference.isEmpty()) {
                        problems.add(Verdict.problem("half-written", c, status, difference + " | "
                                + (answer.body() == null ? "" : answer.body())));
                    }
                }
                before = after;
            }
            // Signed out (a DELETE /session that passed, or a password changed): sign in again. Not after every case
            // of /session: each sign-in hashes a password, which costs a quarter of a second on two cores.
            if (c.auth() == Auth.SESSION && (status == 401
                    || operation.path().startsWith("/api/v1/session") && status >= 200 && status < 300)) {
                signIn();
            }
        }
        millisByOperation.put(operation.key(), (System.nanoTime() - started) / 1_000_000);
        return cases.size();
    }

    private ApiClient.Answer send(Case c) {
        List<String[]> headers = new ArrayList<>(c.headers());
        switch (c.auth()) {
            case SESSION -> {
                headers.add(HostileCases.header("Cookie", cookie));
                headers.add(HostileCases.header("X-CSRF-Token", csrf));
            }
            case NO_CSRF -> headers.add(HostileCases.header("Cookie", cookie));
            case WRONG_CSRF -> {
                headers.add(HostileCases.header("Cookie", cookie));
                headers.add(HostileCases.header("X-CSRF-Token", "0123456789abcdef"));
            }
            case BAD_BASIC -> headers.add(HostileCases.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString("fuzz-nobody:wrong-password".getBytes(StandardCharsets.UTF_8))));
            case ANONYMOUS -> {
            }
        }
        if (c.ifMatch() != null) {
            String value = c.ifMatch().equals(HostileCases.FRESH) ? etag(c.target()) : c.ifMatch();
            if (value != null) {
                headers.add(HostileCases.header("If-Match", value));
            }
        }
        long start = System.nanoTime();
        ApiClient.Answer answer = http.send(c.method(), c.target(), headers, c.body());
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (millis > slowestMillis) {
            slowestMillis = millis;
            slowest = c.describe() + " → " + answer.status();
        }
        return answer;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The current ETag of the resource the target changes: its own GET, else its parent's. */
    private String etag(String target) {
        String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        return etags.computeIfAbsent(path, p -> {
            String at = p;
            while (at.lastIndexOf('/') > "/api/v1".length()) {
                ApiClient.Answer answer = http.send("GET", at, HostileCases.headers(HostileCases.header("Cookie", cookie),
                        HostileCases.header("Accept", "application/json")), null);
                String etag = answer.header("ETag");
                if (answer.status() == 200 && etag != null) {
                    return etag;
                }
                at = at.substring(0, at.lastIndexOf('/'));
            }
            return "\"0\"";
        });
    }

    /** An accepted import runs in the background: wait (at most 20 s) until it is done, so that it writes nothing later. */
    private void awaitRun(ApiClient.Answer accepted) {
        String location = accepted.header("Location");
        if (location == null) {
            return;
        }
        String path = location.replaceFirst("^https?://[^/]+", "");
        long until = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < until) {
            ApiClient.Answer answer = http.send("GET", path, HostileCases.headers(HostileCases.header("Cookie", cookie),
                    HostileCases.header("Accept", "application/json")), null);
            String status = "";
            try {
                JsonNode run = answer.json();
                status = run.path("status").asText("");
            } catch (RuntimeException e) {
                return;
            }
            if (answer.status() != 200 || !(status.equals("running") || status.equals("queued")
                    || status.equals("pending") || status.equals("started"))) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
