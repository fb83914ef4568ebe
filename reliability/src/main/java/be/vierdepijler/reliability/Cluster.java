package be.vierdepijler.reliability;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The faults: {@code cluster/cluster.sh} (kill N, start N, stop N, pg-restart S, up/down) run with the environment
 * of the test (CLUSTER_NAME, CLUSTER_DB, … as cluster/reliability.sh exported them), and the nodes' processes found
 * by their port offset, for jcmd.
 */
public final class Cluster {

    public record Result(int exit, String output, Duration took) {
    }

    private final RelConfig config;

    public Cluster(RelConfig config) {
        this.config = config;
    }

    /** Runs the script with these arguments and extra environment; waits at most {@code timeout}. */
    public Result run(Duration timeout, Map<String, String> env, String... args) {
        List<String> command = new ArrayList<>();
        command.add(config.clusterScript());
        command.addAll(List.of(args));
        long start = System.nanoTime();
        try {
            Path log = Files.createTempFile("cluster-", ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            File script = new File(config.clusterScript()).getAbsoluteFile();
            if (script.getParentFile() != null && script.getParentFile().getParentFile() != null) {
                builder.directory(script.getParentFile().getParentFile());
            }
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroy();
                throw new IllegalStateException(String.join(" ", command) + " took longer than " + timeout);
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.deleteIfExists(log);
            System.out.println("[cluster] " + String.join(" ", args) + " → exit " + process.exitValue() + "\n"
                    + ApiClient.abbreviate(output.strip()));
            return new Result(process.exitValue(), output, Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Runs the script and fails when it exits non-zero. */
    public Result must(Duration timeout, String... args) {
        return must(timeout, Map.of(), args);
    }

    public Result must(Duration timeout, Map<String, String> env, String... args) {
        Result result = run(timeout, env, args);
        if (result.exit() != 0) {
            throw new IllegalStateException("cluster.sh " + String.join(" ", args) + " failed (" + result.exit()
                    + "): " + result.output());
        }
        return result;
    }

    /** The process of node {@code n}: the java process started with its port offset. */
    public Optional<ProcessHandle> process(int n) {
        return processWithOffset(config.portOffset(n));
    }

    public static Optional<ProcessHandle> processWithOffset(int portOffset) {
        String flag = "jboss.socket.binding.port-offset=" + portOffset;
        return ProcessHandle.allProcesses().filter(p -> p.info().command().map(c -> c.endsWith("/java"))
                        .orElse(false) && p.info().commandLine().map(c -> c.contains(flag)).orElse(false))
                .findFirst();
    }

    /** Runs a full GC in the node's JVM and answers the heap then used, in KB (jcmd GC.run, GC.heap_info). */
    public long heapAfterFullGcKb(int n) {
        ProcessHandle node = process(n).orElseThrow(() -> new IllegalStateException("No process for node " + n));
        jcmd(node.pid(), "GC.run");
        return usedKb(jcmd(node.pid(), "GC.heap_info"));
    }

    /** The "used NNNK" of the heap's first line in jcmd GC.heap_info (G1 or another collector). */
    static long usedKb(String heapInfo) {
        Matcher m = Pattern.compile("used (\\d+)K").matcher(heapInfo);
        if (!m.find()) {
            throw new IllegalStateException("No heap use in: " + heapInfo);
        }
        return Long.parseLong(m.group(1));
    }

    private static String jcmd(long pid, String command) {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        try {
            Process p = new ProcessBuilder(jcmd, Long.toString(pid), command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + pid + " " + command + ": " + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("jcmd: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
