package be.vierdepijler.reliability;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * A stream of writes from several clients, each a counsellor (and, for the offer edits, a network coordinator) with
 * their own signed-in session through the balancer
 * and their own records (a trajectory with a target of 400 hours, so that it never completes, a placement in their
 * own offer, and spare trajectories to place): hour entries with a unique note, confirmations of acknowledged
 * entries, edits of the offer's description (each a unique text, kept once in offer_aud), and placements. Every
 * write goes into the {@link Ledger} with a marker the database can be searched for, every request into the
 * {@link Tally}; {@link #foundTimes} reads back how often each marker is in the database.
 */
public final class WriteStream {

    /** One client's session and records. */
    public final class Writer implements Runnable {
        final int number;
        final ApiClient client;
        final ApiClient editor;
        final long trajectory;
        final long placement;
        final long offer;
        final ObjectNode offerBody;
        final Deque<Long> spare;
        final Deque<Long> toConfirm = new ArrayDeque<>();
        int step;

        Writer(int number, ApiClient client, ApiClient editor, long trajectory, long placement, long offer,
               ObjectNode offerBody, Deque<Long> spare) {
            this.number = number;
            this.client = client;
            this.editor = editor;
            this.trajectory = trajectory;
            this.placement = placement;
            this.offer = offer;
            this.offerBody = offerBody;
            this.spare = spare;
        }

        public ApiClient client() {
            return client;
        }

        public ApiClient editor() {
            return editor;
        }

        public long trajectory() {
            return trajectory;
        }

        @Override
        public void run() {
            while (running.get()) {
                writeOnce();
                if (pauseMillis > 0) {
                    try {
                        Thread.sleep(pauseMillis);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }

        /** One write, by turns: hours, hours, a confirmation, an offer edit (when asked for), a placement or hours. */
        public ApiClient.Answer writeOnce() {
            int kind = step++ % 5;
            if (kind == 2 && !toConfirm.isEmpty()) {
                long entry = toConfirm.removeFirst();
                ApiClient.Answer answer = tally.time("confirm",
                        () -> Fixtures.decide(client, trajectory, entry, "confirm"));
                ledger.record("confirm", "confirm:" + entry, answer.status());
                return answer;
            }
            if (kind == 3 && withOffersAndPlacements) {
                return editOffer();
            }
            if (kind == 4 && withOffersAndPlacements && !spare.isEmpty()) {
                long other = spare.removeFirst();
                ApiClient.Answer answer = tally.time("placement",
                        () -> Fixtures.placeInOffer(client, other, offer, 10));
                ledger.record("placement", "placement:" + other, answer.status());
                return answer;
            }
            return hours();
        }

        public ApiClient.Answer hours() {
            String marker = prefix + number + "-" + step + "-" + Fixtures.unique();
            ApiClient.Answer answer = tally.time("hours", () -> Fixtures.report(client, trajectory, placement,
                    Fixtures.TODAY.minusDays(step % 80), "0.25", marker));
            ledger.record("hours", marker, answer.status());
            if (answer.ok()) {
                toConfirm.addLast(answer.json().path("id").asLong());
            }
            return answer;
        }

        private ApiClient.Answer editOffer() {
            ApiClient.Answer current = tally.time("offer read", () -> editor.get("/api/v1/offers/" + offer));
            if (!current.ok()) {
                return current;
            }
            String marker = prefix + "offer-" + number + "-" + step + "-" + Fixtures.unique();
            ObjectNode body = offerBody.deepCopy().put("description", marker);
            ApiClient.Answer answer = tally.time("offer edit", () -> editor.send("PUT", "/api/v1/offers/" + offer,
                    body.toString().getBytes(StandardCharsets.UTF_8),
                    Map.of("Content-Type", "application/json", "If-Match", current.header("ETag"))));
            ledger.record("offer edit", marker, answer.status());
            return answer;
        }
    }

    private final String prefix;
    private final boolean withOffersAndPlacements;
    private final long pauseMillis;
    private final Ledger ledger = new Ledger();
    private final Tally tally;
    private final List<Writer> writers = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean();

    /**
     * Makes each client's records (through {@code fixtures}' administrator for offers, the client's own session for
     * the rest).
     *
     * @param prefix   starts every marker of this run, e.g. "rel-crash-&lt;unique&gt;-"
     * @param spare    trajectories per client to place during the run (0: none)
     * @param pause    milliseconds each client waits between two writes
     */
    public WriteStream(Fixtures fixtures, String base, int clients, String prefix, boolean withOffersAndPlacements,
                       int spare, long pause, Tally tally) {
        this.prefix = prefix;
        this.withOffersAndPlacements = withOffersAndPlacements;
        this.pauseMillis = pause;
        this.tally = tally;
        long organisation = fixtures.organisation();
        for (int i = 0; i < clients; i++) {
            ApiClient client = fixtures.counsellor(base);
            // Counsellors do not manage offers: the network's coordinator edits them, with a session of their own.
            ApiClient editor = withOffersAndPlacements ? fixtures.user(base, "rel-coordinator",
                    "\"role\":\"network-coordinator\",\"networkIds\":[\"" + Fixtures.NETWORK + "\"]") : null;
            long trajectory = Fixtures.activeTrajectory(client, "Stroom" + i, 400);
            ObjectNode offerBody = Fixtures.offerBody(organisation, "Rel stroom " + Fixtures.unique(), 20);
            long offer = fixtures.offer(offerBody);
            long placement = Fixtures.placed(client, trajectory, offer, 85);
            Deque<Long> spares = new ArrayDeque<>();
            for (int s = 0; s < spare; s++) {
                spares.add(Fixtures.activeTrajectory(client, "Reserve" + i, 40));
            }
            writers.add(new Writer(i, client, editor, trajectory, placement, offer, offerBody, spares));
        }
    }

    public void start() {
        running.set(true);
        for (Writer writer : writers) {
            Thread thread = new Thread(writer, "writer-" + writer.number);
            threads.add(thread);
            thread.start();
        }
    }

    public void stop() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) {
            thread.join(60_000);
        }
    }

    public List<Writer> writers() {
        return writers;
    }

    public Ledger ledger() {
        return ledger;
    }

    public Tally tally() {
        return tally;
    }

    /** How often each marker of this run is in the database. */
    public Map<String, Integer> foundTimes(Db db) {
        Map<String, Integer> found = new HashMap<>(db.counts(
                "select note, count(*) from hour_entry where note like ? group by note", prefix + "%"));
        found.putAll(db.counts("select 'confirm:' || id, count(*) from hour_entry where note like ?"
                + " and status = 'CONFIRMED' group by id", prefix + "%"));
        found.putAll(db.counts("select description, count(*) from offer_aud where description like ?"
                + " group by description", prefix + "offer-%"));
        String spares = ledger.writes().stream().filter(x -> x.kind().equals("placement"))
                .map(x -> x.marker().substring("placement:".length())).distinct().collect(Collectors.joining(","));
        if (!spares.isEmpty()) {
            found.putAll(db.counts("select 'placement:' || trajectory_id, count(*) from placement"
                    + " where trajectory_id in (" + spares + ") group by trajectory_id"));
        }
        return found;
    }

    /** Writes by kind and outcome, e.g. {hours={ACKNOWLEDGED=812, UNKNOWN=3}, …}. */
    public Map<String, Map<Ledger.Outcome, Long>> byKind() {
        return ledger.writes().stream().collect(Collectors.groupingBy(Ledger.Write::kind, java.util.TreeMap::new,
                Collectors.groupingBy(Ledger.Write::outcome, java.util.TreeMap::new, Collectors.counting())));
    }
}
