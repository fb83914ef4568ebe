package be.vierdepijler.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: both nodes at once on the same records, each called directly (rel.nodes) at the same moment, many rounds:
 * no lost update (the same If-Match on both: exactly one wins, the other gets 412), no over-booked offer, no buddy over
 * their maximum, no hour counted twice (one entry confirmed by the counsellor on one node and by the link on the other),
 * no second certificate (two completing confirmations at once), and the retention job and the reminders, run on both
 * nodes at once, take each person and each link once. Each test prints its block.
 */
class SameRecordsIT extends ScenarioSupport {

    static final int ROUNDS = 10;

    private Fixtures fixtures;
    private ApiClient admin1;
    private ApiClient admin2;
    private ApiClient counsellor1;
    private ApiClient counsellor2;
    private final Tally tally = new Tally();

    @BeforeEach
    void twoNodes() {
        fixtures = fixtures();
        admin1 = Fixtures.administrator(config.node(1), config.adminPassword());
        admin2 = Fixtures.administrator(config.node(2), config.adminPassword());
        String counsellor = fixtures.newCounsellor();
        counsellor1 = Fixtures.signedIn(config.node(1), counsellor);
        counsellor2 = Fixtures.signedIn(config.node(2), counsellor);
    }

    private ApiClient.Answer timed(String what, java.util.function.Supplier<ApiClient.Answer> call) {
        return tally.time(what, call);
    }

    private static long statuses(List<ApiClient.Answer> answers, int status) {
        return answers.stream().filter(a -> a.status() == status).count();
    }

    private static long fiveHundreds(List<ApiClient.Answer> answers) {
        return answers.stream().filter(a -> a.status() >= 500 || a.status() == 0).count();
    }

    @Test
    void theSameIfMatchOnBothNodesLetsExactlyOneWin() throws Exception {
        long organisation = fixtures.organisation();
        ObjectNode body = Fixtures.offerBody(organisation, "Rel zelfde " + Fixtures.unique(), 5);
        long offer = fixtures.offer(body);
        String prefix = "rel-same-" + Fixtures.unique() + "-";
        int lostUpdates = 0;
        int oneWon = 0;
        List<ApiClient.Answer> all = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            String etag = Fixtures.expect(admin1.get("/api/v1/offers/" + offer), 200, "offer").header("ETag");
            List<Callable<ApiClient.Answer>> calls = new ArrayList<>();
            for (int node = 1; node <= 2; node++) {
                ApiClient admin = node == 1 ? admin1 : admin2;
                String text = prefix + round + "-node" + node;
                byte[] changed = body.deepCopy().put("description", text).toString().getBytes(StandardCharsets.UTF_8);
                calls.add(() -> timed("offer edit", () -> admin.send("PUT", "/api/v1/offers/" + offer, changed,
                        Map.of("Content-Type", "application/json", "If-Match", etag))));
            }
            List<ApiClient.Answer> answers = atOnce(calls);
            all.addAll(answers);
            if (statuses(answers, 200) == 2) {
                lostUpdates++;
            }
            if (statuses(answers, 200) == 1 && statuses(answers, 412) == 1) {
                oneWon++;
            }
        }
        long revisions = db.number("select count(*) from offer_aud where id = ? and description like ?", offer,
                prefix + "%");
        new Report("SameRecordsIT — the same If-Match on both nodes at once, " + ROUNDS + " rounds")
                .fault("two nodes, the same version, at the same moment").standard(tally, null)
                .line("rounds with one 200 and one 412", oneWon + " of " + ROUNDS)
                .line("lost updates (both 200)", lostUpdates)
                .line("revisions kept in offer_aud", revisions + " (expected " + ROUNDS + ")").print();
        assertThat(lostUpdates).isZero();
        assertThat(oneWon).isEqualTo(ROUNDS);
        assertThat(revisions).isEqualTo(ROUNDS);
        assertThat(fiveHundreds(all)).isZero();
    }

    @Test
    void anOfferAndABuddyAreNeverOverBooked() throws Exception {
        int capacity = 3;
        int rounds = 3;
        int placedInOffers = 0;
        int placedWithBuddies = 0;
        List<ApiClient.Answer> all = new ArrayList<>();
        List<Long> offers = new ArrayList<>();
        List<Long> buddies = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            long offer = fixtures.offer(fixtures.organisation(), capacity);
            long buddy = fixtures.buddy(2);
            offers.add(offer);
            buddies.add(buddy);
            List<Callable<ApiClient.Answer>> calls = new ArrayList<>();
            for (int i = 0; i < 2 * capacity; i++) {
                long trajectory = Fixtures.activeTrajectory(counsellor1, "Plaats" + i, 40);
                ApiClient on = i % 2 == 0 ? counsellor1 : counsellor2;
                calls.add(() -> timed("placement", () -> Fixtures.placeInOffer(on, trajectory, offer, 1)));
            }
            for (int i = 0; i < 4; i++) {
                long trajectory = Fixtures.activeTrajectory(counsellor1, "Duo" + i, 40);
                ApiClient on = i % 2 == 0 ? counsellor1 : counsellor2;
                calls.add(() -> timed("buddy placement", () -> Fixtures.placeWithBuddy(on, trajectory, buddy, 1)));
            }
            List<ApiClient.Answer> answers = atOnce(calls);
            all.addAll(answers);
            placedInOffers += (int) statuses(answers.subList(0, 2 * capacity), 201);
            placedWithBuddies += (int) statuses(answers.subList(2 * capacity, answers.size()), 201);
        }
        String offerIds = offers.toString().replaceAll("[\\[\\] ]", "");
        String buddyIds = buddies.toString().replaceAll("[\\[\\] ]", "");
        long placesTaken = db.number("select sum(places_taken) from offer where id in (" + offerIds + ")");
        long running = db.number("select count(*) from placement where status = 'ACTIVE' and offer_id in ("
                + offerIds + ")");
        long duosTaken = db.number("select sum(duos_taken) from buddy where id in (" + buddyIds + ")");
        long duosRunning = db.number("select count(*) from placement where status = 'ACTIVE' and buddy_id in ("
                + buddyIds + ")");
        Report report = new Report("SameRecordsIT — " + rounds + " offers of " + capacity + " places and buddies of"
                + " 2 duos, twice as many placements at once across both nodes")
                .fault("placements split over both nodes, at the same moment").standard(tally, null)
                .line("placements acknowledged (offers)", placedInOffers + " (expected " + rounds * capacity + ")")
                .line("places taken / running (DB)", placesTaken + " / " + running)
                .line("buddy placements acknowledged", placedWithBuddies + " (expected " + rounds * 2 + ")")
                .line("duos taken / running (DB)", duosTaken + " / " + duosRunning)
                .line("refusals", statuses(all, 409) + " × 409");
        checkConsistency(report);
        report.print();
        assertThat(placedInOffers).isEqualTo(rounds * capacity);
        assertThat(placesTaken).isEqualTo(rounds * capacity);
        assertThat(running).isEqualTo(rounds * capacity);
        assertThat(placedWithBuddies).isEqualTo(rounds * 2);
        assertThat(duosTaken).isEqualTo(rounds * 2);
        assertThat(duosRunning).isEqualTo(rounds * 2);
        assertThat(statuses(all, 409)).isEqualTo(rounds * (capacity + 2));
        assertThat(fiveHundreds(all)).isZero();
        assertConsistent();
    }

    @Test
    void anHourConfirmedOnBothNodesAtOnceCountsOnce() throws Exception {
        long trajectory = Fixtures.activeTrajectory(counsellor1, "Tweemaal", 400);
        long placement = Fixtures.placed(counsellor1, trajectory, fixtures.offer(fixtures.organisation(), 5), 30);
        ApiClient anonymous2 = new ApiClient(config.node(2));
        int oneConfirmed = 0;
        List<ApiClient.Answer> all = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            long entry = Fixtures.reported(counsellor1, trajectory, placement, Fixtures.TODAY.minusDays(round + 1),
                    "1");
            String token = Fixtures.link(counsellor1, trajectory, placement, false).path("token").asText();
            List<ApiClient.Answer> answers = atOnce(List.of(
                    () -> timed("decision", () -> Fixtures.decide(counsellor1, trajectory, entry, "confirm")),
                    () -> timed("link", () -> anonymous2.send("POST", "/api/v1/public/confirmations/" + token,
                            "{\"decision\":\"confirm\",\"entryIds\":[" + entry + "]}"))));
            all.addAll(answers);
            if (answers.stream().filter(ApiClient.Answer::ok).count() == 1) {
                oneConfirmed++;
            }
        }
        java.math.BigDecimal confirmed = db.decimal("select confirmed_hours from trajectory where id = ?", trajectory);
        long entriesConfirmed = db.number("select count(*) from hour_entry where trajectory_id = ?"
                + " and status = 'CONFIRMED'", trajectory);
        Report report = new Report("SameRecordsIT — one hour entry confirmed by the counsellor on node 1 and by the"
                + " link on node 2 at once, " + ROUNDS + " rounds")
                .fault("two confirmations of one entry at the same moment").standard(tally, null)
                .line("rounds with exactly one confirmation", oneConfirmed + " of " + ROUNDS)
                .line("confirmed hours (DB)", confirmed + " (expected " + ROUNDS + ")")
                .line("entries confirmed (DB)", entriesConfirmed);
        checkConsistency(report);
        report.print();
        assertThat(oneConfirmed).isEqualTo(ROUNDS);
        assertThat(confirmed).isEqualByComparingTo(java.math.BigDecimal.valueOf(ROUNDS));
        assertThat(entriesConfirmed).isEqualTo(ROUNDS);
        assertThat(fiveHundreds(all)).isZero();
        assertConsistent();
    }

    @Test
    void twoCompletingConfirmationsAtOnceMakeOneCertificate() throws Exception {
        int rounds = 5;
        int completedOnce = 0;
        List<ApiClient.Answer> all = new ArrayList<>();
        List<Long> trajectories = new ArrayList<>();
        long offer = fixtures.offer(fixtures.organisation(), 20);
        for (int round = 0; round < rounds; round++) {
            long trajectory = Fixtures.activeTrajectory(counsellor1, "Attest" + round, 40);
            trajectories.add(trajectory);
            long placement = Fixtures.placed(counsellor1, trajectory, offer, 30);
            long[] entries = new long[5];
            for (int i = 0; i < 5; i++) {
                entries[i] = Fixtures.reported(counsellor1, trajectory, placement, Fixtures.TODAY.minusDays(i + 1),
                        "10");
            }
            for (int i = 0; i < 3; i++) {
                Fixtures.expect(Fixtures.decide(counsellor1, trajectory, entries[i], "confirm"), 200, "confirm");
            }
            List<ApiClient.Answer> answers = atOnce(List.of(
                    () -> timed("decision", () -> Fixtures.decide(counsellor1, trajectory, entries[3], "confirm")),
                    () -> timed("decision", () -> Fixtures.decide(counsellor2, trajectory, entries[4], "confirm"))));
            all.addAll(answers);
            if (answers.stream().filter(a -> a.ok() && a.json().path("completed").asBoolean()).count() == 1) {
                completedOnce++;
            }
        }
        String ids = trajectories.toString().replaceAll("[\\[\\] ]", "");
        long certificates = db.number("select count(*) from certificate where trajectory_id in (" + ids + ")");
        long completed = db.number("select count(*) from trajectory where status = 'COMPLETED' and confirmed_hours = 40"
                + " and id in (" + ids + ")");
        Report report = new Report("SameRecordsIT — the 40th hour confirmed twice at once (node 1 and node 2), "
                + rounds + " trajectories")
                .fault("two completing confirmations at the same moment").standard(tally, null)
                .line("rounds with one completion", completedOnce + " of " + rounds)
                .line("certificates (DB)", certificates + " (expected " + rounds + ")")
                .line("completed at exactly 40 h (DB)", completed);
        checkConsistency(report);
        report.print();
        assertThat(completedOnce).isEqualTo(rounds);
        assertThat(certificates).isEqualTo(rounds);
        assertThat(completed).isEqualTo(rounds);
        assertThat(fiveHundreds(all)).isZero();
        assertConsistent();
    }

    @Test
    void theRetentionJobAndTheRemindersRunOnBothNodesAtOnceAndActOnce() throws Exception {
        // Retention: newcomers whose trajectory stopped 30 months ago, buddies who stopped that long ago.
        List<Long> newcomers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            long trajectory = Fixtures.activeTrajectory(counsellor1, "Vergeten" + i, 40);
            Fixtures.expect(counsellor1.send("POST", "/api/v1/trajectories/" + trajectory + "/transitions",
                    "{\"to\":\"stopped\",\"reason\":\"Verhuisd\"}"), 200, "stop");
            newcomers.add(db.number("select newcomer_id from trajectory where id = ?", trajectory));
            db.update("update trajectory set ended_on = current_date - interval '30 months' where id = ?", trajectory);
        }
        List<Long> buddies = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            long buddy = fixtures.buddy(1);
            db.update("update buddy set status = 'STOPPED', updated_at = now() - interval '30 months' where id = ?",
                    buddy);
            buddies.add(buddy);
        }
        // Reminders: links mailed 8 days ago on placements with hours still pending.
        List<Long> links = new ArrayList<>();
        long offer = fixtures.offer(fixtures.organisation(), 10);
        for (int i = 0; i < 4; i++) {
            long trajectory = Fixtures.activeTrajectory(counsellor1, "Herinner" + i, 40);
            long placement = Fixtures.placed(counsellor1, trajectory, offer, 20);
            Fixtures.reported(counsellor1, trajectory, placement, Fixtures.TODAY.minusDays(9), "2");
            Fixtures.link(counsellor1, trajectory, placement, true);
            long link = db.number("select max(id) from confirmation_link where placement_id = ?", placement);
            db.update("update confirmation_link set created_at = created_at - interval '8 days' where id = ?", link);
            links.add(link);
        }

        List<ApiClient.Answer> retention = atOnce(List.of(
                () -> timed("retention run", () -> admin1.send("POST", "/api/v1/privacy/retention-runs", null)),
                () -> timed("retention run", () -> admin2.send("POST", "/api/v1/privacy/retention-runs", null))));
        List<ApiClient.Answer> reminders = atOnce(List.of(
                () -> timed("reminders", () -> admin1.send("POST", "/api/v1/confirmation-reminders", null)),
                () -> timed("reminders", () -> admin2.send("POST", "/api/v1/confirmation-reminders", null))));

        Map<String, Integer> erasures = db.counts("select subject_kind || ':' || subject_id, count(*)"
                + " from personal_data_erasure group by subject_kind, subject_id");
        int newcomersOnce = (int) newcomers.stream().filter(n -> erasures.getOrDefault("newcomer:" + n, 0) == 1)
                .count();
        int buddiesOnce = (int) buddies.stream().filter(b -> erasures.getOrDefault("buddy:" + b, 0) == 1).count();
        String linkIds = links.toString().replaceAll("[\\[\\] ]", "");
        Map<String, Integer> reminded = db.counts("select reminder_of::text, count(*) from confirmation_link"
                + " where reminder_of in (" + linkIds + ") group by reminder_of");
        int remindedOnce = (int) links.stream().filter(l -> reminded.getOrDefault(l.toString(), 0) == 1).count();
        int sent = reminders.stream().filter(ApiClient.Answer::ok).mapToInt(a -> a.json().path("sent").asInt()).sum();
        Report report = new Report("SameRecordsIT — the retention job and the reminders run on both nodes at once")
                .fault("both nodes run each job at the same moment").standard(tally, null)
                .line("retention answers", retention.stream().map(a -> a.status() + " erased="
                        + (a.ok() ? a.json().path("erased").asText() : "-")).toList())
                .line("newcomers erased exactly once", newcomersOnce + " of " + newcomers.size())
                .line("buddies erased exactly once", buddiesOnce + " of " + buddies.size())
                .line("reminder answers", reminders.stream().map(a -> a.status() + " " + a.body()).toList())
                .line("links reminded exactly once", remindedOnce + " of " + links.size() + " (sent in all: " + sent
                        + ")");
        report.print();
        assertThat(retention).allSatisfy(a -> assertThat(a.status()).isEqualTo(200));
        assertThat(reminders).allSatisfy(a -> assertThat(a.status()).isEqualTo(200));
        assertThat(newcomersOnce).isEqualTo(newcomers.size());
        assertThat(buddiesOnce).isEqualTo(buddies.size());
        assertThat(remindedOnce).isEqualTo(links.size());
    }
}
