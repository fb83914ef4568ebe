package be.vierdepijler.reliability;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every write a test sent, each with a unique marker the database can be searched for, and what the client heard:
 * acknowledged (2xx), refused (4xx: the server says it changed nothing) or unknown (no answer, or a 5xx from the
 * balancer or a dying node: it may or may not have happened). {@link #check} compares it with how often each marker
 * was found in the database afterwards. Thread-safe.
 */
public final class Ledger {

    public enum Outcome { ACKNOWLEDGED, REFUSED, UNKNOWN }

    public record Write(String kind, String marker, Outcome outcome, int status) {
    }

    /** What the comparison found; {@link #ok()} when nothing acknowledged is missing and nothing is doubled. */
    public record Verdict(int sent, int acknowledged, int refused, int unknown, int found, List<String> lost,
                          List<String> doubled, List<String> refusedButFound, int unknownFound, int unknownMissing) {

        public boolean ok() {
            return lost.isEmpty() && doubled.isEmpty() && refusedButFound.isEmpty();
        }
    }

    private final Collection<Write> writes = new ConcurrentLinkedQueue<>();

    public static Outcome outcomeOf(int status) {
        if (status >= 200 && status < 300) {
            return Outcome.ACKNOWLEDGED;
        }
        if (status >= 400 && status < 500) {
            return Outcome.REFUSED;
        }
        return Outcome.UNKNOWN; // 0 (no answer), 5xx, anything else
    }

    public void record(String kind, String marker, int status) {
        writes.add(new Write(kind, marker, outcomeOf(status), status));
    }

    public List<Write> writes() {
        return new ArrayList<>(writes);
    }

    public List<String> markers(Outcome outcome) {
        return writes.stream().filter(w -> w.outcome() == outcome).map(Write::marker).toList();
    }

    public long count(Outcome outcome) {
        return writes.stream().filter(w -> w.outcome() == outcome).count();
    }

    /**
     * @param foundTimes how often each marker was found in the database (a marker absent from the map: 0 times)
     */
    public Verdict check(Map<String, Integer> foundTimes) {
        List<String> lost = new ArrayList<>();
        List<String> doubled = new ArrayList<>();
        List<String> refusedButFound = new ArrayList<>();
        int acknowledged = 0;
        int refused = 0;
        int unknown = 0;
        int found = 0;
        int unknownFound = 0;
        int unknownMissing = 0;
        for (Write write : writes) {
            int times = foundTimes.getOrDefault(write.marker(), 0);
            found += times > 0 ? 1 : 0;
            if (times > 1) {
                doubled.add(write.marker());
            }
            switch (write.outcome()) {
                case ACKNOWLEDGED -> {
                    acknowledged++;
                    if (times == 0) {
                        lost.add(write.marker());
                    }
                }
                case REFUSED -> {
                    refused++;
                    if (times > 0) {
                        refusedButFound.add(write.marker());
                    }
                }
                case UNKNOWN -> {
                    unknown++;
                    if (times > 0) {
                        unknownFound++;
                    } else {
                        unknownMissing++;
                    }
                }
            }
        }
        return new Verdict(writes.size(), acknowledged, refused, unknown, found, lost, doubled, refusedButFound,
                unknownFound, unknownMissing);
    }
}
