package be.vierdepijler.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The distribution archive unpacked into an empty folder, as an operator does ({@code tar xzf}), and its server
 * started with {@code bin/vierdepijler} and stopped with SIGTERM, as systemd does. Each test class gets its own.
 */
final class Installation {

    static final Duration START_LIMIT = Duration.ofMinutes(6);
    static final Duration STOP_LIMIT = Duration.ofSeconds(60);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    final Path folder;
    final Path home;
    final int offset;
    private Process process;
    private Path console;

    private Installation(Path folder, Path home, int offset) {
        this.folder = folder;
        this.home = home;
        this.offset = offset;
    }

    /** Unpacks the archive the build made into a new, empty temporary folder (never another module's target/). */
    static Installation unpack(String purpose) throws Exception {
        Path archive = Path.of(System.getProperty("dist.archive"));
        assertThat(archive).as("the distribution archive (built in the package phase)").isRegularFile();
        Path folder = Files.createTempDirectory("vierdepijler-" + purpose + "-");
        try (var listing = Files.list(folder)) {
            assertThat(listing).as("the folder to install into is empty").isEmpty();
        }
        run(folder, List.of("tar", "xzf", archive.toString()), Duration.ofMinutes(2));
        Path home = folder.resolve(System.getProperty("dist.name"));
        assertThat(home).as("the archive's one top folder").isDirectory();
        try (var listing = Files.list(folder)) {
            assertThat(listing).as("the archive unpacks into one folder").hasSize(1);
        }
        return new Installation(folder, home, Integer.getInteger("dist.it.port.offset", 600));
    }

    /** Runs a command in a folder and returns its output; fails when it does not end with 0 in time. */
    static String run(Path dir, List<String> command, Duration limit) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("%s did not end within %s", command, limit);
        }
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as("%s: %s", command, text).isZero();
        return text;
    }

    /**
     * The start script with exactly this environment (nothing of the test JVM's VP_* settings, which CI sets for its
     * own server), Java from the test JVM's home.
     */
    ProcessBuilder script(Map<String, String> environment) {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/vierdepijler").toString()).directory(folder.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(key -> key.startsWith("VP_") || key.startsWith("JBOSS_") || key.equals("JAVA_OPTS"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        env.put("VP_PORT_OFFSET", Integer.toString(offset));
        env.putAll(environment);
        return builder;
    }

    /** Starts the server; {@link #awaitReady()} or {@link #awaitDeploymentFailed()} waits for it. */
    void start(Map<String, String> environment, String name) throws IOException {
        assertThat(process).as("one server at a time").isNull();
        assertThat(get(management() + "/health/ready", 2)).as("nothing else listens on port offset %d", offset)
                .isNull();
        console = folder.resolve(name + "-console.log");
        process = script(environment).redirectErrorStream(true).redirectOutput(console.toFile()).start();
    }

    Duration awaitReady() throws Exception {
        Instant started = Instant.now();
        while (true) {
            String health = get(management() + "/health/ready", 3);
            if (health != null && health.startsWith("{\"status\":\"UP\"")) {
                return Duration.between(started, Instant.now());
            }
            if (health != null && health.contains("\"FAILED\"")) {
                fail("the deployment failed: %s%n%s", health, serverLogErrors());
            }
            checkAlive(started);
            Thread.sleep(1000);
        }
    }

    /** Waits until the readiness probe reports the deployment as failed; returns the probe's answer. */
    String awaitDeploymentFailed() throws Exception {
        Instant started = Instant.now();
        while (true) {
            String health = get(management() + "/health/ready", 3);
            if (health != null && health.contains("\"FAILED\"")) {
                return health;
            }
            if (health != null) {
                assertThat(health).as("readiness while a migration fails").doesNotStartWith("{\"status\":\"UP\"");
            }
            checkAlive(started);
            Thread.sleep(1000);
        }
    }

    private void checkAlive(Instant started) throws IOException {
        if (!process.isAlive()) {
            fail("bin/vierdepijler ended with %d while starting:%n%s", process.exitValue(), tail(console, 40));
        }
        if (Duration.between(started, Instant.now()).compareTo(START_LIMIT) > 0) {
            fail("not ready within %s:%n%s", START_LIMIT, tail(console, 40));
        }
    }

    /**
     * SIGTERM to the process the script became, as systemd's stop sends; it and every process under it must be gone
     * within {@link #STOP_LIMIT}, after WildFly's orderly stop. Returns how long it took.
     */
    Duration stop() throws Exception {
        List<ProcessHandle> all = process.descendants().toList();
        Instant asked = Instant.now();
        process.destroy();
        boolean ended = process.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS);
        Duration took = Duration.between(asked, Instant.now());
        if (!ended) {
            all.forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        process = null;
        assertThat(ended).as("stopped within %s after SIGTERM", STOP_LIMIT).isTrue();
        for (ProcessHandle child : all) {
            child.onExit().get(10, TimeUnit.SECONDS);
            assertThat(child.isAlive()).as("process %d under the script", child.pid()).isFalse();
        }
        assertThat(serverLog()).as("WildFly's orderly stop in server.log").contains("WFLYSRV0050");
        return took;
    }

    /** Ends the server if a test left it running (after a failure). */
    void forceStop() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process = null;
        }
    }

    /** Ends the server if still running and deletes the folder the archive was unpacked into. */
    void remove() throws Exception {
        forceStop();
        run(folder.getParent(), List.of("rm", "-rf", folder.toString()), Duration.ofMinutes(1));
    }

    String http() {
        return "http://127.0.0.1:" + (8080 + offset);
    }

    String management() {
        return "http://127.0.0.1:" + (9990 + offset);
    }

    String serverLog() throws IOException {
        Path log = home.resolve("standalone/log/server.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private String serverLogErrors() throws IOException {
        return serverLog().lines().filter(line -> line.contains(" ERROR ")).limit(10)
                .reduce("", (a, b) -> a + b + "\n");
    }

    private static String tail(Path file, int lines) throws IOException {
        List<String> all = Files.exists(file) ? Files.readAllLines(file) : List.of();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    /** The body of a GET, or null when nothing answers. */
    static String get(String url, int timeoutSeconds) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(timeoutSeconds)).build(), HttpResponse.BodyHandlers.ofString());
            return response.body();
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
