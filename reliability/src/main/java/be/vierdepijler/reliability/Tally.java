package be.vierdepijler.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Supplier;

/**
 * Every request of a run with its start (ms since the run began), latency and status, so that a test can count
 * errors by class (no answer, 4xx by status, 5xx by status) over the whole run or a window of it. Thread-safe.
 */
public final class Tally {

    public record Sample(String what, long startMillis, long latencyMillis, int status) {
    }

    private final long origin = System.nanoTime();
    private final ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<String> serverErrors = new ConcurrentLinkedQueue<>();
    private final java.util.concurrent.atomic.AtomicInteger serverErrorsKept = new java.util.concurrent.atomic.AtomicInteger();

    /** Milliseconds since the run began. */
    public long now() {
        return (System.nanoTime() - origin) / 1_000_000;
    }

    /** Sends (the call), times and records it. */
    public ApiClient.Answer time(String what, Supplier<ApiClient.Answer> call) {
        long start = now();
        ApiClient.Answer answer = call.get();
        samples.add(new Sample(what, start, now() - start, answer.status()));
        if (answer.status() >= 500 && serverErrorsKept.incrementAndGet() <= 200) {
            serverErrors.add(answer.status() + " " + answer.header("Content-Type") + " " + answer.body());
        }
        return answer;
    }

    public void add(Sample sample) {
        samples.add(sample);
    }

    /** The first 200 answers with a 5xx status: status, content type and body. */
    public List<String> serverErrors() {
        return new ArrayList<>(serverErrors);
    }

    public List<Sample> samples() {
        return new ArrayList<>(samples);
    }

    public List<Sample> between(long fromMillis, long toMillis) {
        return samples.stream().filter(s -> s.startMillis() >= fromMillis && s.startMillis() < toMillis).toList();
    }

    public int sent() {
        return samples.size();
    }

    /** Errors by class: "no answer", "4xx 409", "5xx 503", … with their counts (2xx and 3xx are no errors). */
    public static Map<String, Integer> errorsByClass(List<Sample> samples) {
        Map<String, Integer> errors = new TreeMap<>();
        for (Sample s : samples) {
            String key = errorClass(s.status());
            if (key != null) {
                errors.merge(key, 1, Integer::sum);
            }
        }
        return errors;
    }

    /** "no answer", "4xx 404", "5xx 502", or null for a success. */
    public static String errorClass(int status) {
        if (status == 0) {
            return "no answer";
        }
        if (status >= 400 && status < 500) {
            return "4xx " + status;
        }
        if (status >= 500) {
            return "5xx " + status;
        }
        return null;
    }

    public static long count(List<Sample> samples, java.util.function.IntPredicate status) {
        return samples.stream().filter(s -> status.test(s.status())).count();
    }

    public Map<String, Integer> errorsByClass() {
        return errorsByClass(samples());
    }
}
