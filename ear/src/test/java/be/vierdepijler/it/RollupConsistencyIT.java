package be.vierdepijler.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The figures' roll-ups (docs/adr/0018) hold exactly what the raw rows say, whatever happens to them and whenever the
 * fold runs (issue 15). A seeded random mix of changes through the API — newcomers in several municipalities of three
 * networks, trajectories opened (started at once or not) and started, placements in offers and with buddies, hours
 * reported, confirmed and rejected by the counsellor's decision or a contact person's link, referrals to another
 * network, integration statuses changed, trajectories stopped or exempted and a second one opened for the same
 * newcomer, erasures, completion by hours or by a lower target — with the fold called at random points, and after
 * every round a comparison by {@link RollupFixture} over the whole database: (a) confirmed hours per network,
 * municipality, month, type and category, (b) trajectories per network, municipality, status and integration status,
 * (c) the dashboard's figures of every network, of the test's municipalities and of everything against the raw rows,
 * and (d) the reports' figures of some periods (confirmed hours: whole months from the roll-up, partial ones from the
 * entries or from the roll-up less the entries of their other days; completions; trajectories running), with changes
 * not yet folded and after a fold. The seed is printed; {@code -Drollup.seed=…} repeats a run,
 * {@code -Drollup.operations=…} makes it longer.
 *
 * <p>From the breaking side: a referral right after confirmations, folded or not, takes exactly those hours from the
 * old network's dashboard to the new one's; and a newcomer's integration status changed at the same moment as their
 * trajectory's status (requests fired together from parallel threads) leaves both changes counted.
 */
@Fixtures(RollupFixture.class)
class RollupConsistencyIT extends PlacementTestSupport {

    private static final String HASSELT = "71072";
    private static final String AALST = "41002";
    private static final String DENDERLEEUW = "41011";
    /** Three networks; the first municipality of each takes part, the others qualify as its neighbours. */
    private static final Map<String, List<String>> MUNICIPALITIES = new LinkedHashMap<>();

    static {
        MUNICIPALITIES.put("westhoek", List.of(IEPER, POPERINGE, MESEN));
        MUNICIPALITIES.put("limburg", List.of(GENK, HASSELT));
        MUNICIPALITIES.put("denderregio", List.of(AALST, DENDERLEEUW));
    }

    private static final List<String> NETWORKS = List.copyOf(MUNICIPALITIES.keySet());
    private static final String VOLUNTEERING = "{\"role\":\"onthaal\",\"insuranceConfirmed\":true}";
    private static final String[] AMOUNTS = {"1", "1.5", "2", "2.5", "3", "4", "0.75"};
    /** How far back hours and placements go: inside the back-dating window, across three or four months. */
    private static final int DAYS_BACK = 85;
    private static final long SEED = Long.parseLong(System.getProperty("rollup.seed",
            Long.toString(System.nanoTime() % 1_000_000_000L)));
    private static final int OPERATIONS = Integer.getInteger("rollup.operations", 180);
    private static final int ROUND = 12;
    private static final JsonPathConfig DECIMALS = JsonPathConfig.jsonPathConfig()
            .numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL);

    // ---- what the test knows of the data it made --------------------------------------------------------------------

    private static final class Person {
        final long id;
        String network;
        String nis;
        String status;
        boolean erased;
        final List<Traj> trajectories = new ArrayList<>();

        Person(long id) {
            this.id = id;
        }

        boolean hasOpen() {
            return trajectories.stream().anyMatch(Traj::open);
        }

        @Override
        public String toString() {
            return "newcomer " + id + " (" + network + "/" + nis + ", " + status + (erased ? ", erased" : "") + ")";
        }
    }

    private static final class Traj {
        final long id;
        final Person person;
        String network;
        String nis;
        String status;
        BigDecimal target;
        BigDecimal confirmed;
        List<Place> placements = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();

        Traj(long id, Person person) {
            this.id = id;
            this.person = person;
        }

        boolean open() {
            return status.equals("intake") || status.equals("active");
        }

        boolean active() {
            return status.equals("active");
        }

        List<Place> running() {
            return placements.stream().filter(p -> p.status.equals("active")).toList();
        }

        List<Entry> pending() {
            return entries.stream().filter(e -> e.status.equals("pending")).toList();
        }

        @Override
        public String toString() {
            return "trajectory " + id + " (" + network + "/" + nis + ", " + status + ", " + confirmed.toPlainString()
                    + "/" + target.toPlainString() + " h)";
        }
    }

    private record Place(long id, String typeId, String status, LocalDate start) {
    }

    private record Entry(long id, long placementId, LocalDate day, BigDecimal hours, String status) {
    }

    /** An offer or a buddy of a network, replaced by a new one after some placements so that it never fills up. */
    private static final class Supply {
        final long id;
        int uses;

        Supply(long id) {
            this.id = id;
        }
    }

    private Random random;
    private final Map<String, Session> coordinators = new HashMap<>();
    private final List<Person> people = new ArrayList<>();
    private final Map<String, Supply> supplies = new HashMap<>();
    private final List<String> log = new ArrayList<>();
    /** The operation under way, which prefixes what it notes. */
    private String current = "";
    private int comparisons;
    private int comparisonsWithPendingChanges;

    private void setUp(long seed) {
        random = new Random(seed);
        for (String network : NETWORKS) {
            participates(MUNICIPALITIES.get(network).get(0));
            coordinators.put(network, user("coordinator-" + network, "\"role\":\"network-coordinator\","
                    + "\"networkIds\":[\"" + network + "\"]"));
        }
    }

    // ---- the random mix ---------------------------------------------------------------------------------------------

    @Test
    void theRollupsEqualTheRawFiguresAfterARandomMixOfChangesFoldedOrNot() {
        System.out.println("RollupConsistencyIT seed " + SEED + " (repeat with -Drollup.seed=" + SEED + "), "
                + OPERATIONS + " operations");
        setUp(SEED);
        compare("before the mix");

        Map<String, BooleanSupplier> operations = new LinkedHashMap<>();
        Map<String, Integer> weights = new LinkedHashMap<>();
        operation(operations, weights, "newcomer", 9, this::newNewcomer);
        operation(operations, weights, "open", 9, this::openFirst);
        operation(operations, weights, "open-again", 5, this::openAgain);
        operation(operations, weights, "activate", 4, this::activate);
        operation(operations, weights, "place", 9, this::place);
        operation(operations, weights, "report", 24, this::report);
        operation(operations, weights, "confirm", 16, () -> decide(true));
        operation(operations, weights, "reject", 5, () -> decide(false));
        operation(operations, weights, "link", 4, this::decideByLink);
        operation(operations, weights, "refer", 5, this::refer);
        operation(operations, weights, "integration-status", 5, this::changeIntegrationStatus);
        operation(operations, weights, "stop", 4, this::stop);
        operation(operations, weights, "erase", 3, this::erase);
        operation(operations, weights, "target", 3, this::changeTarget);
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();

        Map<String, Integer> done = new LinkedHashMap<>();
        int folds = 0;
        for (int n = 1; n <= OPERATIONS; n++) {
            if (random.nextInt(10) == 0) {
                fold();
                folds++;
            }
            while (true) {
                int pick = random.nextInt(total);
                String name = null;
                for (Map.Entry<String, Integer> w : weights.entrySet()) {
                    pick -= w.getValue();
                    if (pick < 0) {
                        name = w.getKey();
                        break;
                    }
                }
                current = "#" + n + " " + name + ": ";
                if (operations.get(name).getAsBoolean()) {
                    done.merge(name, 1, Integer::sum);
                    break;
                }
            }
            if (n % ROUND == 0) {
                compare("after operation " + n);
                if (random.nextBoolean()) {
                    fold();
                    folds++;
                    compare("after operation " + n + ", folded");
                }
            }
        }
        current = "";
        compare("at the end, unfolded");
        fold();
        compare("at the end, folded");

        System.out.println("RollupConsistencyIT seed " + SEED + ": operations " + done + ", " + folds
                + " folds, " + comparisons + " comparisons, " + comparisonsWithPendingChanges
                + " of them with changes not yet folded; " + people.size() + " newcomers, "
                + people.stream().mapToLong(p -> p.trajectories.size()).sum() + " trajectories");
        assertThat(done.keySet()).as("the operations the mix made (seed %s)", SEED)
                .contains("newcomer", "open", "open-again", "place", "report", "confirm", "refer", "integration-status",
                        "stop");
        assertThat(comparisonsWithPendingChanges).as("comparisons that read changes not yet folded").isPositive();
    }

    private static void operation(Map<String, BooleanSupplier> operations, Map<String, Integer> weights, String name,
                                  int weight, BooleanSupplier operation) {
        operations.put(name, operation);
        weights.put(name, weight);
    }

    /** A newcomer in a random municipality of a random network, obliged or entitled. */
    private boolean newNewcomer() {
        String network = any(NETWORKS);
        String nis = any(MUNICIPALITIES.get(network));
        String status = random.nextBoolean() ? "obliged" : "entitled";
        Response created = as(network).contentType("application/json")
                .body(newcomer("Rollup", nis, "running").replace("\"obliged\"", "\"" + status + "\""))
                .post("/newcomers");
        expect(created, 201, "a newcomer in " + nis);
        Person person = new Person(created.jsonPath().getLong("id"));
        person.network = network;
        person.nis = nis;
        person.status = status;
        people.add(person);
        note("  " + person);
        return true;
    }

    /** A first trajectory for a newcomer who has none. */
    private boolean openFirst() {
        return open(pick(people, p -> !p.erased && p.trajectories.isEmpty()), random.nextInt(4) > 0);
    }

    /** Another trajectory for a newcomer whose trajectories all closed: they count once among the newcomers. */
    private boolean openAgain() {
        return open(pick(people, p -> !p.erased && !p.trajectories.isEmpty() && !p.hasOpen()), true);
    }

    private boolean open(Person person, boolean activate) {
        if (person == null) {
            return false;
        }
        String target = random.nextInt(5) < 3 ? null : any(List.of("3", "4", "6", "8", "10"));
        Response opened = as(person.network).contentType("application/json").body("{\"newcomerId\":" + person.id
                        + (activate ? ",\"activate\":true" : "")
                        + (target == null ? "" : ",\"targetHours\":" + target + ",\"targetReason\":\"Kort traject\"")
                        + "}")
                .post("/trajectories");
        expect(opened, 201, "a trajectory for " + person);
        Traj t = new Traj(opened.jsonPath().getLong("id"), person);
        person.trajectories.add(t);
        sync(t);
        assertThat(t.status).isEqualTo(activate ? "active" : "intake");
        note("  " + t + " for " + person);
        return true;
    }

    private boolean activate() {
        Traj t = pick(trajectories(), x -> x.status.equals("intake"));
        if (t == null) {
            return false;
        }
        expect(as(t.network).contentType("application/json").body("{\"to\":\"active\"}")
                .post("/trajectories/" + t.id + "/transitions"), 200, "starting " + t);
        sync(t);
        note("  " + t);
        return true;
    }

    /** A placement in a conversation group or volunteering offer, or with a buddy, of the trajectory's network. */
    private boolean place() {
        Traj t = pick(trajectories(), x -> x.active() && x.running().size() < 2);
        if (t == null) {
            return false;
        }
        int kind = random.nextInt(3);
        LocalDate start = TODAY.minusDays(20 + random.nextInt(DAYS_BACK - 20 + 1));
        Response placed;
        if (kind == 2) {
            long buddy = supply(t.network, "buddy");
            placed = as(t.network).contentType("application/json").body("{\"typeId\":\"buddy\",\"buddyId\":" + buddy
                            + ",\"startDate\":\"" + start + "\",\"attributes\":{\"meetingRhythm\":\"weekly\","
                            + "\"sharedLanguages\":[\"nl\",\"ar\"]}}")
                    .post("/trajectories/" + t.id + "/placements");
        } else {
            boolean group = kind == 0;
            long offer = supply(t.network, group ? "conversation" : "volunteering");
            placed = as(t.network).contentType("application/json").body("{\"typeId\":\""
                            + (group ? "alternative" : "volunteering") + "\",\"offerId\":" + offer + ",\"startDate\":\""
                            + start + "\",\"attributes\":" + (group ? CONVERSATION : VOLUNTEERING) + "}")
                    .post("/trajectories/" + t.id + "/placements");
        }
        expect(placed, 201, "a placement of kind " + kind + " from " + start + " in " + t);
        sync(t);
        note("  placement " + placed.jsonPath().getLong("id") + " (" + placed.jsonPath().getString("typeId")
                + ") from " + start + " in " + t);
        return true;
    }

    /** Hours on a day of a running placement, within the 24 hours a person has on a day. */
    private boolean report() {
        Traj t = pick(trajectories(), x -> x.active() && !x.running().isEmpty());
        if (t == null) {
            return false;
        }
        Place place = any(t.running());
        LocalDate earliest = place.start().isBefore(TODAY.minusDays(DAYS_BACK)) ? TODAY.minusDays(DAYS_BACK)
                : place.start();
        int span = (int) (TODAY.toEpochDay() - earliest.toEpochDay());
        BigDecimal hours = new BigDecimal(any(List.of(AMOUNTS)));
        for (int attempt = 0; attempt < 10; attempt++) {
            LocalDate day = earliest.plusDays(random.nextInt(span + 1));
            if (dayTotal(t.person, day).add(hours).compareTo(BigDecimal.valueOf(24)) > 0) {
                continue;
            }
            Response reported = report(coordinators.get(t.network), t.id, place.id(), day, hours.toPlainString());
            expect(reported, 201, hours + " h on " + day + " in placement " + place.id() + " of " + t);
            sync(t);
            note("  entry " + reported.jsonPath().getLong("id") + ": " + hours.toPlainString() + " h on " + day
                    + " in " + place.typeId() + " placement " + place.id() + " of " + t);
            return true;
        }
        return false;
    }

    /** The counsellor's or coordinator's decision on a pending entry; a confirmation may complete the trajectory. */
    private boolean decide(boolean confirm) {
        Traj t = pick(trajectories(), x -> x.active() && !x.pending().isEmpty());
        if (t == null) {
            return false;
        }
        Entry entry = any(t.pending());
        Response decided = as(t.network).contentType("application/json")
                .body(confirm ? "{\"decision\":\"confirm\"}" : "{\"decision\":\"reject\",\"reason\":\"Niet geweest\"}")
                .post("/trajectories/" + t.id + "/hours/" + entry.id() + "/decision");
        expect(decided, 200, (confirm ? "confirming " : "rejecting ") + entry + " of " + t);
        BigDecimal before = t.confirmed;
        sync(t);
        if (confirm) {
            assertThat(t.confirmed).as("confirmed hours of %s", t).isEqualByComparingTo(before.add(entry.hours()));
            assertThat(decided.jsonPath().getBoolean("completed")).as("completion of %s", t)
                    .isEqualTo(t.confirmed.compareTo(t.target) >= 0);
        }
        note("  " + (confirm ? "confirmed " : "rejected ") + entry.hours().toPlainString() + " h of " + entry.day()
                + " (entry " + entry.id() + "): " + t);
        return true;
    }

    /** A contact person decides every pending entry of an offer placement by a confirmation link. */
    private boolean decideByLink() {
        Traj t = pick(trajectories(), x -> x.active() && x.placements.stream().anyMatch(p -> !p.typeId().equals("buddy")
                && x.pending().stream().anyMatch(e -> e.placementId() == p.id())));
        if (t == null) {
            return false;
        }
        Place place = any(t.placements.stream().filter(p -> !p.typeId().equals("buddy")
                && t.pending().stream().anyMatch(e -> e.placementId() == p.id())).toList());
        Response link = as(t.network).contentType("application/json").body("{}")
                .post("/trajectories/" + t.id + "/placements/" + place.id() + "/confirmation-links");
        expect(link, 201, "a confirmation link for placement " + place.id() + " of " + t);
        boolean confirm = random.nextInt(5) > 0;
        Response decided = anonymous().contentType("application/json")
                .body(confirm ? "{\"decision\":\"confirm\"}" : "{\"decision\":\"reject\",\"reason\":\"Niet gezien\"}")
                .post("/public/confirmations/" + link.jsonPath().getString("token"));
        expect(decided, 200, "the contact person's decision on placement " + place.id() + " of " + t);
        sync(t);
        note("  by link: " + (confirm ? "confirmed " : "rejected ") + decided.jsonPath().getInt(confirm ? "confirmed"
                : "rejected") + " entries of placement " + place.id() + ": " + t);
        return true;
    }

    /** An open trajectory referred to a municipality of another network: the newcomer and the hours go along. */
    private boolean refer() {
        Traj t = pick(trajectories(), Traj::open);
        if (t == null) {
            return false;
        }
        String network = any(NETWORKS.stream().filter(n -> !n.equals(t.network)).toList());
        String nis = any(MUNICIPALITIES.get(network));
        String from = t.toString();
        Response referred = as(t.network).contentType("application/json").body("{\"municipalityNis\":\"" + nis
                + "\",\"motivation\":\"Verhuisd naar " + nis + " voor werk\"}").post("/trajectories/" + t.id
                + "/referral");
        expect(referred, 200, "referring " + t + " to " + nis);
        assertThat(referred.jsonPath().getString("toNetwork")).isEqualTo(network);
        sync(t);
        sync(t.person);
        assertThat(t.network).isEqualTo(network);
        note("  " + from + " referred: " + t);
        return true;
    }

    /** The newcomer's integration status changes, and now and then their municipality within the network too. */
    private boolean changeIntegrationStatus() {
        Person person = pick(people, p -> !p.erased);
        if (person == null) {
            return false;
        }
        String status = person.status.equals("obliged") ? "entitled" : "obliged";
        String nis = random.nextInt(3) == 0 ? any(MUNICIPALITIES.get(person.network)) : person.nis;
        String etag = api().get("/newcomers/" + person.id).then().statusCode(200).extract().header("ETag");
        Response changed = as(person.network).header("If-Match", etag).contentType("application/json")
                .body(newcomer("Rollup", nis, "running").replace("\"obliged\"", "\"" + status + "\""))
                .put("/newcomers/" + person.id);
        expect(changed, 200, "making " + person + " " + status + " in " + nis);
        sync(person);
        assertThat(person.status).isEqualTo(status);
        note("  " + person + " with " + person.trajectories.size() + " trajectories");
        return true;
    }

    /** An open trajectory is stopped or exempted: its pending hours lapse, its placements end. */
    private boolean stop() {
        Traj t = pick(trajectories(), Traj::open);
        if (t == null) {
            return false;
        }
        String to = random.nextInt(4) == 0 ? "exempted" : "stopped";
        expect(as(t.network).contentType("application/json").body("{\"to\":\"" + to + "\",\"reason\":\"Verhuisd"
                + " of vrijgesteld\"}").post("/trajectories/" + t.id + "/transitions"), 200, to + ": " + t);
        sync(t);
        note("  " + t);
        return true;
    }

    /**
     * A newcomer whose trajectories all closed is erased; their trajectories and hours keep counting. Now and then one
     * with an open trajectory is tried first: refused, and nothing changes.
     */
    private boolean erase() {
        Person open = pick(people, p -> !p.erased && p.hasOpen());
        if (open != null && random.nextInt(3) == 0) {
            expect(as(open.network).post("/newcomers/" + open.id + "/erasure"), 409, "erasing " + open);
            note("  refused for " + open);
        }
        Person person = pick(people, p -> !p.erased && !p.trajectories.isEmpty() && !p.hasOpen());
        if (person == null) {
            return false;
        }
        expect(as(person.network).post("/newcomers/" + person.id + "/erasure"), 200, "erasing " + person);
        person.erased = true;
        note("  " + person + " with " + person.trajectories.size() + " trajectories");
        return true;
    }

    /** The target of an active trajectory with confirmed hours changes: down to those hours completes it. */
    private boolean changeTarget() {
        Traj t = pick(trajectories(), x -> x.active() && x.confirmed.signum() > 0);
        if (t == null) {
            return false;
        }
        BigDecimal target = random.nextInt(3) > 0 ? t.confirmed : t.confirmed.add(BigDecimal.valueOf(1
                + random.nextInt(10)));
        String etag = api().get("/trajectories/" + t.id).then().statusCode(200).extract().header("ETag");
        expect(as(t.network).header("If-Match", etag).contentType("application/json").body("{\"targetHours\":"
                + target.toPlainString() + ",\"targetReason\":\"Werk gevonden, korter traject\"}")
                .put("/trajectories/" + t.id), 200, "target " + target + " for " + t);
        sync(t);
        assertThat(t.status).as("%s after its target became %s", t, target)
                .isEqualTo(t.confirmed.compareTo(target) >= 0 ? "completed" : "active");
        note("  target " + target.toPlainString() + ": " + t);
        return true;
    }

    // ---- the breaking side: a referral right after confirmations ----------------------------------------------------

    @Test
    void aReferralRightAfterConfirmationsTakesExactlyThoseHoursToTheNewNetworkFoldedOrNot() {
        setUp(SEED + 1);
        for (boolean folded : new boolean[] {false, true}) {
            Session westhoek = coordinators.get("westhoek");
            Session limburg = coordinators.get("limburg");
            long newcomer = createNewcomer(as(westhoek), newcomer("Verhuis", IEPER, "running"));
            long trajectory = as(westhoek).contentType("application/json").body("{\"newcomerId\":" + newcomer
                            + ",\"activate\":true}").post("/trajectories").then().statusCode(201).extract().jsonPath()
                    .getLong("id");
            long placement = placeInOffer(westhoek, trajectory, "alternative", supply("westhoek", "conversation"),
                    CONVERSATION, 60).then().statusCode(201).extract().jsonPath().getLong("id");
            LocalDate earlier = TODAY.minusDays(40);
            long today = reported(westhoek, trajectory, placement, TODAY, "3");
            long before = reported(westhoek, trajectory, placement, earlier, "2.5");
            long later = reported(westhoek, trajectory, placement, TODAY.minusDays(1), "1.5");
            for (long entry : new long[] {today, before}) {
                as(westhoek).contentType("application/json").body("{\"decision\":\"confirm\"}")
                        .post("/trajectories/" + trajectory + "/hours/" + entry + "/decision").then().statusCode(200);
            }
            BigDecimal movedThisMonth = new BigDecimal("3")
                    .add(YearMonth.from(earlier).equals(YearMonth.from(TODAY)) ? new BigDecimal("2.5")
                            : BigDecimal.ZERO);
            if (folded) {
                fold();
            }
            JsonPath westhoekBefore = dashboard("westhoek");
            JsonPath limburgBefore = dashboard("limburg");

            as(westhoek).contentType("application/json").body("{\"municipalityNis\":\"" + GENK
                            + "\",\"motivation\":\"Verhuisd naar Genk voor werk\"}")
                    .post("/trajectories/" + trajectory + "/referral").then().statusCode(200);
            String how = folded ? "confirmations folded before the referral" : "nothing folded";
            JsonPath westhoekAfter = dashboard("westhoek");
            JsonPath limburgAfter = dashboard("limburg");
            Map<String, BigDecimal> moved = new LinkedHashMap<>();
            moved.put("hours.confirmed", new BigDecimal("5.5"));
            moved.put("hours.thisMonth", movedThisMonth);
            moved.put("conversation-group", new BigDecimal("5.5"));
            moved.put("trajectories.total", BigDecimal.ONE);
            moved.put("trajectories.active", BigDecimal.ONE);
            moved.put("newcomers.total", BigDecimal.ONE);
            moved.put("newcomers.obliged", BigDecimal.ONE);
            assertThat(change(westhoekBefore, westhoekAfter)).as("Westhoek's dashboard, %s", how)
                    .isEqualTo(figures(moved, true));
            assertThat(change(limburgBefore, limburgAfter)).as("Limburg's dashboard, %s", how)
                    .isEqualTo(figures(moved, false));

            // folding now changes no figure
            Map<String, BigDecimal> nothing = new LinkedHashMap<>();
            moved.keySet().forEach(k -> nothing.put(k, BigDecimal.ZERO));
            fold();
            assertThat(change(westhoekAfter, dashboard("westhoek"))).as("Westhoek's dashboard after the fold, %s", how)
                    .isEqualTo(figures(nothing, false));
            assertThat(change(limburgAfter, dashboard("limburg"))).as("Limburg's dashboard after the fold, %s", how)
                    .isEqualTo(figures(nothing, false));

            // the entry still pending is Limburg's to confirm, and its hours are Limburg's
            JsonPath limburgFolded = dashboard("limburg");
            JsonPath westhoekFolded = dashboard("westhoek");
            as(limburg).contentType("application/json").body("{\"decision\":\"confirm\"}")
                    .post("/trajectories/" + trajectory + "/hours/" + later + "/decision").then().statusCode(200);
            Map<String, BigDecimal> gained = new LinkedHashMap<>(nothing);
            gained.put("hours.confirmed", new BigDecimal("1.5"));
            gained.put("hours.thisMonth", YearMonth.from(TODAY.minusDays(1)).equals(YearMonth.from(TODAY))
                    ? new BigDecimal("1.5") : BigDecimal.ZERO);
            gained.put("conversation-group", new BigDecimal("1.5"));
            assertThat(change(limburgFolded, dashboard("limburg"))).as("Limburg's dashboard after confirming, %s", how)
                    .isEqualTo(figures(gained, false));
            assertThat(change(westhoekFolded, dashboard("westhoek"))).as("Westhoek's dashboard, %s", how)
                    .isEqualTo(figures(nothing, false));
            compare("after the referral, " + how);
        }
        fold();
        compare("after the referrals, folded");
    }

    // ---- the breaking side: a newcomer and their trajectory changed at the same moment ------------------------------

    /**
     * A newcomer's integration status and their trajectory's status change at the same moment, in two transactions
     * that each read what the other is changing (the trajectory's count moves under the newcomer's status, the
     * newcomer's trajectories move to the other status): whatever the order, the roll-up ends where the rows are.
     * Pairs of requests fired together from parallel threads, for a stop, a start and a completion by confirmed hours.
     */
    @Test
    void anIntegrationStatusAndATrajectoryStatusChangedAtTheSameMomentBothCount() throws Exception {
        setUp(SEED + 2);
        Session westhoek = coordinators.get("westhoek");
        int pairs = 12;
        for (String change : List.of("stop", "start", "complete")) {
            List<long[]> subjects = new ArrayList<>();
            for (int i = 0; i < pairs; i++) {
                long newcomer = createNewcomer(as(westhoek), newcomer("Tegelijk", IEPER, "running"));
                long trajectory = as(westhoek).contentType("application/json").body("{\"newcomerId\":" + newcomer
                                + (change.equals("start") ? "" : ",\"activate\":true")
                                + (change.equals("complete") ? ",\"targetHours\":4,\"targetReason\":\"Kort\"" : "")
                                + "}").post("/trajectories").then().statusCode(201).extract().jsonPath().getLong("id");
                long entry = 0;
                if (change.equals("complete")) {
                    long placement = placeInOffer(westhoek, trajectory, "alternative",
                            supply("westhoek", "conversation"), CONVERSATION, 10).then().statusCode(201).extract()
                            .jsonPath().getLong("id");
                    entry = reported(westhoek, trajectory, placement, TODAY.minusDays(2), "4");
                }
                subjects.add(new long[] {newcomer, trajectory, entry});
            }
            fold();
            List<java.util.concurrent.Callable<Response>> calls = new ArrayList<>();
            for (long[] subject : subjects) {
                String etag = api().get("/newcomers/" + subject[0]).then().statusCode(200).extract().header("ETag");
                calls.add(() -> as(westhoek).header("If-Match", etag).contentType("application/json")
                        .body(newcomer("Tegelijk", IEPER, "running").replace("\"obliged\"", "\"entitled\""))
                        .put("/newcomers/" + subject[0]));
                calls.add(switch (change) {
                    case "stop" -> () -> as(westhoek).contentType("application/json")
                            .body("{\"to\":\"stopped\",\"reason\":\"Verhuisd\"}")
                            .post("/trajectories/" + subject[1] + "/transitions");
                    case "start" -> () -> as(westhoek).contentType("application/json").body("{\"to\":\"active\"}")
                            .post("/trajectories/" + subject[1] + "/transitions");
                    default -> () -> as(westhoek).contentType("application/json").body("{\"decision\":\"confirm\"}")
                            .post("/trajectories/" + subject[1] + "/hours/" + subject[2] + "/decision");
                });
            }
            List<Response> answers = together(calls);
            for (int i = 0; i < answers.size(); i++) {
                expect(answers.get(i), 200, change + ", request " + i + " of the pairs");
            }
            note("pairs at once (" + change + "): all answered 200");
            compare("after " + pairs + " newcomers became entitled while their trajectory changed (" + change + ")");
            fold();
            compare("after " + pairs + " newcomers became entitled while their trajectory changed (" + change
                    + "), folded");
        }
    }

    /** Runs the calls at the same moment, from parallel threads, as ConcurrencyIT does. */
    private static List<Response> together(List<java.util.concurrent.Callable<Response>> calls) throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try {
            List<java.util.concurrent.Future<Response>> futures = new ArrayList<>();
            for (java.util.concurrent.Callable<Response> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (java.util.concurrent.Future<Response> future : futures) {
                answers.add(future.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private JsonPath dashboard(String network) {
        return api().queryParam("network", network).get("/reports/dashboard").then().statusCode(200).extract()
                .jsonPath().using(DECIMALS);
    }

    /** The figures a referral moves, after less before, as plain decimals. */
    private static Map<String, String> change(JsonPath before, JsonPath after) {
        Map<String, BigDecimal> change = new LinkedHashMap<>();
        for (String figure : List.of("hours.confirmed", "hours.thisMonth")) {
            change.put(figure, decimal(after, figure).subtract(decimal(before, figure)));
        }
        change.put("conversation-group", category(after).subtract(category(before)));
        for (String figure : List.of("trajectories.total", "trajectories.active", "newcomers.total",
                "newcomers.obliged")) {
            change.put(figure, decimal(after, figure).subtract(decimal(before, figure)));
        }
        return figures(change, false);
    }

    private static Map<String, String> figures(Map<String, BigDecimal> values, boolean negated) {
        Map<String, String> figures = new LinkedHashMap<>();
        values.forEach((k, v) -> figures.put(k, v.signum() == 0 ? "0"
                : (negated ? v.negate() : v).stripTrailingZeros().toPlainString()));
        return figures;
    }

    private static BigDecimal decimal(JsonPath dashboard, String path) {
        return new BigDecimal(dashboard.getString(path));
    }

    private static BigDecimal category(JsonPath dashboard) {
        List<Map<String, Object>> categories = dashboard.getList("hours.byCategory");
        return categories.stream().filter(c -> "conversation-group".equals(c.get("categoryId")))
                .map(c -> new BigDecimal(c.get("hours").toString())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    // ---- the fixture ------------------------------------------------------------------------------------------------

    private void fold() {
        long folded = api().post("/test-fixtures/rollups/fold").then().statusCode(200).extract().jsonPath()
                .getLong("folded");
        note("fold: " + folded + " changes");
    }

    /**
     * (a), (b), (c) and (d) of {@link RollupFixture#compare(String)}, each side against the other, for every network,
     * every municipality of the test and everything; the differences named.
     */
    private void compare(String when) {
        String municipalities = String.join(",", MUNICIPALITIES.values().stream().flatMap(List::stream).toList());
        JsonPath answer = api().queryParam("municipalities", municipalities).get("/test-fixtures/rollups/compare")
                .then().statusCode(200).extract().jsonPath();
        long pendingHours = answer.getLong("pending.hours");
        long pendingTrajectories = answer.getLong("pending.trajectories");
        comparisons++;
        if (pendingHours + pendingTrajectories > 0) {
            comparisonsWithPendingChanges++;
        }
        List<String> differences = new ArrayList<>();
        differ(differences, "(a) confirmed hours per network|municipality|month|type|category, raw vs roll-up",
                answer.getMap("hours.raw"), answer.getMap("hours.rollup"));
        differ(differences, "(b) trajectories per network|municipality|status|integration status, raw vs roll-up",
                answer.getMap("trajectories.raw"), answer.getMap("trajectories.rollup"));
        Map<String, Map<String, Map<String, Object>>> figures = answer.getMap("figures");
        assertThat(figures.keySet()).contains("*").containsAll(NETWORKS);
        figures.forEach((scope, sides) -> differ(differences, "(c) dashboard figures of " + scope
                + ", raw vs ReportRepository.trajectoryFigures", sides.get("raw"), sides.get("report")));
        listTotals(differences, answer.getMap("trajectories.raw"));
        Map<String, Map<String, Map<String, Object>>> periods = answer.getMap("periods");
        assertThat(periods).isNotEmpty();
        periods.forEach((period, sides) -> differ(differences, "(d) hours, completions and running of " + period
                + ", raw vs PeriodReportRepository", sides.get("raw"), sides.get("report")));
        String state = "changes not yet folded: " + pendingHours + " of hours, " + pendingTrajectories
                + " of trajectories";
        note("compare " + when + " (" + state + "; " + answer.getMap("hours.raw").size() + " hour keys, "
                + answer.getMap("trajectories.raw").size() + " trajectory keys, " + figures.size() + " scopes, "
                + periods.size() + " periods): " + (differences.isEmpty() ? "equal" : differences.size()
                + " differences"));
        if (!differences.isEmpty()) {
            differences.forEach(System.out::println);
            fail("The roll-ups differ from the raw figures " + when + " (seed " + SEED + ", " + state + "):\n"
                    + String.join("\n", differences) + "\nThe last operations:\n"
                    + String.join("\n", log.subList(Math.max(0, log.size() - 40), log.size())));
        }
    }

    /**
     * (e) the trajectory list's total, which it takes from the roll-up when narrowed by network, municipality and
     * status only, against the raw trajectories (keys network|municipality|STATUS|integration status): of
     * everything, of each network and municipality, and of each network per status.
     */
    private void listTotals(List<String> differences, Map<String, Object> raw) {
        Map<String, Long> expected = new LinkedHashMap<>();
        Map<String, Long> listed = new LinkedHashMap<>();
        List<String[]> filters = new ArrayList<>();
        filters.add(new String[] {"everything"});
        NETWORKS.forEach(n -> filters.add(new String[] {"network", n}));
        MUNICIPALITIES.values().forEach(l -> l.forEach(m -> filters.add(new String[] {"municipality", m})));
        for (String n : NETWORKS) {
            for (String status : List.of("INTAKE", "ACTIVE", "COMPLETED", "STOPPED")) {
                filters.add(new String[] {"network", n, "status", status});
            }
        }
        for (String[] filter : filters) {
            String what = String.join("=", filter);
            long count = 0;
            for (Map.Entry<String, Object> e : raw.entrySet()) {
                String[] key = e.getKey().split("\\|");
                boolean in = filter.length == 1 || (filter[0].equals("network") ? key[0] : key[1]).equals(filter[1]);
                if (in && filter.length > 2) {
                    in = key[2].equals(filter[3]);
                }
                if (in) {
                    count += ((Number) e.getValue()).longValue();
                }
            }
            expected.put(what, count);
            RequestSpecification list = api().queryParam("size", 1);
            if (filter.length > 1) {
                list = list.queryParam(filter[0], filter[1]);
            }
            if (filter.length > 2) {
                list = list.queryParam(filter[2], filter[3].toLowerCase(java.util.Locale.ROOT));
            }
            listed.put(what, list.get("/trajectories").then().statusCode(200).extract().jsonPath()
                    .getLong("totalItems"));
        }
        differ(differences, "(e) the trajectory list's total, raw vs GET /trajectories", new LinkedHashMap<>(expected),
                new LinkedHashMap<>(listed));
    }

    private static void differ(List<String> differences, String what, Map<String, Object> raw,
                               Map<String, Object> other) {
        for (String key : new TreeSet<>(union(raw.keySet(), other.keySet()))) {
            String a = raw.get(key) == null ? null : raw.get(key).toString();
            String b = other.get(key) == null ? null : other.get(key).toString();
            if (a == null || b == null || new BigDecimal(a).compareTo(new BigDecimal(b)) != 0) {
                differences.add(what + ": " + key + " raw " + a + ", other side " + b);
            }
        }
    }

    private static TreeSet<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        TreeSet<String> union = new TreeSet<>(a);
        union.addAll(b);
        return union;
    }

    // ---- plumbing ---------------------------------------------------------------------------------------------------

    /** As the administrator or as the coordinator of the network, at random. */
    private RequestSpecification as(String network) {
        return random.nextInt(3) == 0 ? api() : as(coordinators.get(network));
    }

    /** An offer ({@code conversation}, {@code volunteering}) or a buddy of the network, new after a few uses. */
    private long supply(String network, String kind) {
        String key = network + "/" + kind;
        Supply supply = supplies.get(key);
        if (supply == null || supply.uses >= (kind.equals("buddy") ? 4 : 8)) {
            String nis = MUNICIPALITIES.get(network).get(0);
            long id;
            if (kind.equals("buddy")) {
                id = api().contentType("application/json").body("{\"firstName\":\"Bart\",\"lastName\":\"Rollup"
                                + unique() + "\",\"email\":\"bart@example.org\",\"municipalityNis\":\"" + nis
                                + "\",\"languages\":[\"nl\",\"ar\"],\"screening\":\"screened\","
                                + "\"training\":\"trained\","
                                + "\"trainedOn\":\"2025-01-01\",\"capacity\":5,\"status\":\"active\","
                                + "\"consents\":{\"matching\":true}}")
                        .post("/buddies").then().statusCode(201).extract().jsonPath().getLong("id");
            } else {
                boolean group = kind.equals("conversation");
                long organisation = new TestData(this::api).organisation(nis);
                id = api().contentType("application/json").body("{\"organisationId\":" + organisation
                                + ",\"trajectoryTypeId\":\"" + (group ? "alternative" : "volunteering")
                                + "\",\"reportingCategory\":\"" + (group ? "conversation-group" : "volunteering")
                                + "\",\"title\":\"Rollup " + kind + " " + unique() + "\",\"municipalityNis\":\"" + nis
                                + "\",\"requiredLevel\":\"A1\",\"capacity\":20,\"status\":\"published\","
                                + "\"contact\":{\"name\":\"Els Contact\",\"email\":\"els@example.org\"}}")
                        .post("/offers").then().statusCode(201).extract().jsonPath().getLong("id");
            }
            supply = new Supply(id);
            supplies.put(key, supply);
        }
        supply.uses++;
        return supply.id;
    }

    /** The trajectory as the API has it now: where, status, hours, placements and entries. */
    private void sync(Traj t) {
        JsonPath read = api().get("/trajectories/" + t.id).then().statusCode(200).extract().jsonPath()
                .using(DECIMALS);
        t.network = read.getString("networkId");
        t.nis = read.getString("municipalityNis");
        t.status = read.getString("status");
        t.target = new BigDecimal(read.getString("targetHours"));
        t.confirmed = new BigDecimal(read.getString("confirmedHours"));
        List<Place> placements = new ArrayList<>();
        for (Map<String, Object> p : api().get("/trajectories/" + t.id + "/placements?size=200").then()
                .statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items")) {
            placements.add(new Place(((Number) p.get("id")).longValue(), (String) p.get("typeId"),
                    (String) p.get("status"), LocalDate.parse((String) p.get("startDate"))));
        }
        t.placements = placements;
        List<Entry> entries = new ArrayList<>();
        for (Map<String, Object> e : api().get("/trajectories/" + t.id + "/hours?size=200").then().statusCode(200)
                .extract().jsonPath().using(DECIMALS).<Map<String, Object>>getList("items")) {
            entries.add(new Entry(((Number) e.get("id")).longValue(), ((Number) e.get("placementId")).longValue(),
                    LocalDate.parse((String) e.get("date")), new BigDecimal(e.get("hours").toString()),
                    (String) e.get("status")));
        }
        t.entries = entries;
    }

    private void sync(Person person) {
        JsonPath read = api().get("/newcomers/" + person.id).then().statusCode(200).extract().jsonPath();
        person.network = read.getString("networkId");
        person.nis = read.getString("municipalityNis");
        person.status = read.getString("integrationStatus");
    }

    /** What a person has on a day over all their trajectories, as the 24-hour rule counts it (all but rejected). */
    private static BigDecimal dayTotal(Person person, LocalDate day) {
        return person.trajectories.stream().flatMap(t -> t.entries.stream())
                .filter(e -> e.day().equals(day) && !e.status().equals("rejected")).map(Entry::hours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private List<Traj> trajectories() {
        return people.stream().flatMap(p -> p.trajectories.stream()).toList();
    }

    private <T> T pick(List<T> all, Predicate<T> which) {
        List<T> candidates = all.stream().filter(which).toList();
        return candidates.isEmpty() ? null : any(candidates);
    }

    private <T> T any(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private void expect(Response response, int status, String what) {
        if (response.statusCode() != status) {
            fail(what + ": expected " + status + ", got " + response.statusCode() + " " + response.asString()
                    + " (seed " + SEED + ")\nThe last operations:\n"
                    + String.join("\n", log.subList(Math.max(0, log.size() - 20), log.size())));
        }
    }

    private void note(String line) {
        String noted = line.startsWith("  ") ? current + line.strip() : line;
        log.add(noted);
        System.out.println("rollup " + noted);
    }
}
