package be.vierdepijler.web.platform.example;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.buddy.application.BuddyDirectory;
import be.vierdepijler.core.buddy.application.BuddyForm;
import be.vierdepijler.core.buddy.domain.BuddyProfile;
import be.vierdepijler.core.buddy.domain.BuddySettings;
import be.vierdepijler.core.newcomer.application.NewcomerService;
import be.vierdepijler.core.newcomer.domain.NewcomerDetails;
import be.vierdepijler.core.privacy.domain.ConsentPurpose;
import be.vierdepijler.core.profile.domain.Interest;
import be.vierdepijler.core.profile.domain.TimeSlot;
import be.vierdepijler.core.shared.ConflictException;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.spi.DatePeriod;
import be.vierdepijler.core.spi.DatedPlacements;
import be.vierdepijler.core.spi.DutchLevel;
import be.vierdepijler.core.spi.HourPolicy;
import be.vierdepijler.core.spi.PlacedWith;
import be.vierdepijler.core.spi.PlacementValidator;
import be.vierdepijler.core.spi.ReferenceTarget;
import be.vierdepijler.core.spi.ReportingCategory;
import be.vierdepijler.core.spi.TrajectoryType;
import be.vierdepijler.core.spi.TrajectoryTypeRegistry;
import be.vierdepijler.core.trajectory.application.ConfirmationService;
import be.vierdepijler.core.trajectory.application.PlacementLinks;
import be.vierdepijler.core.trajectory.application.PlacementService;
import be.vierdepijler.core.trajectory.application.HourEntries;
import be.vierdepijler.core.trajectory.application.TrajectoryService;
import be.vierdepijler.core.trajectory.application.TrajectoryView;
import be.vierdepijler.core.trajectory.application.TrajectorySettings;
import be.vierdepijler.core.trajectory.domain.Trajectory;
import be.vierdepijler.core.trajectory.domain.TrajectoryStatus;
import be.vierdepijler.regions.municipality.application.MunicipalityDirectory;
import be.vierdepijler.regions.municipality.domain.MunicipalityFilter;
import be.vierdepijler.regions.municipality.domain.MunicipalityListing;
import be.vierdepijler.regions.network.application.NetworkDirectory;
import be.vierdepijler.regions.network.domain.NetworkSummary;
import be.vierdepijler.regions.offer.application.OfferApprovals;
import be.vierdepijler.regions.offer.application.OfferCatalogue;
import be.vierdepijler.regions.offer.domain.ApprovalChecklist;
import be.vierdepijler.regions.offer.domain.Offer;
import be.vierdepijler.regions.offer.domain.OfferContact;
import be.vierdepijler.regions.offer.domain.OfferDetails;
import be.vierdepijler.regions.offer.domain.OfferStatus;
import be.vierdepijler.regions.organisation.application.OrganisationDirectory;
import be.vierdepijler.regions.organisation.domain.ContactPerson;
import be.vierdepijler.regions.organisation.domain.OrganisationDetails;
import be.vierdepijler.regions.organisation.domain.OrganisationFilter;
import be.vierdepijler.regions.organisation.domain.OrganisationKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The synthetic example set ({@code VP_EXAMPLE_DATA=synthetic}): in each of the 18 networks, in proportion to its
 * number of municipalities but small, a few municipalities that take part (from 2023-01-01), partner organisations
 * with fake names and contacts at example.org, two published offers each over every trajectory type placed in an offer,
 * buddies, and newcomers with trajectories in intake, active (confirmed and pending hours), completed (with their
 * certificate) and stopped. Everything goes through the application services as {@link ExampleSets#LOADER}, so every
 * derived value (confirmed hours, statuses, certificates, places taken, the audit) is the one the product computes.
 *
 * <p>Deterministic: each network draws from a {@link Random} seeded with {@value #SEED} and the network's id, so the
 * same set is made every time (only database ids, and dates relative to today, differ). Trajectories open today, as the
 * services open them; their placements and hours lie within the back-dating window ({@code VP_BACKDATE_DAYS}), one
 * entry a day per newcomer, within each type's daily cap.
 *
 * <p>Idempotent per network: its first organisation, "Vzw Voorbeeld Sportclub &lt;network&gt;" ({@link #markerName}),
 * is made first and marks the network as loaded; a network that has it is left alone. A memberships a municipality
 * already has is never changed.
 *
 * <p>Longer than 300 lines because the set is one story told in order (municipalities, organisations, offers, buddies,
 * newcomers, their trajectories and hours) from one seeded random source per network: split over classes, the order
 * of the draws that makes it deterministic would no longer be visible in one place.
 */
@ApplicationScoped
public class SyntheticExampleData {

    static final long SEED = 20_230_101L;
    /** The counsellor every synthetic trajectory names: nobody's account, so it is on nobody's own worklist. */
    public static final String COUNSELLOR = ExampleSets.LOADER.username();
    static final LocalDate MEMBERSHIP_FROM = LocalDate.of(2023, 1, 1);
    /** Hours of one entry: an evening, an afternoon, a working day (capped by the type). */
    private static final List<BigDecimal> HOURS = List.of("2", "2.5", "3", "4", "4", "5", "6", "7").stream()
            .map(BigDecimal::new).toList();

    private static final Logger LOG = Logger.getLogger(SyntheticExampleData.class.getName());

    private enum Plan { INTAKE, ACTIVE, COMPLETED, STOPPED }

    /** The mix of trajectories of a network, repeated: every network of ten or more newcomers has every state. */
    private static final List<Plan> PLANS = List.of(Plan.ACTIVE, Plan.COMPLETED, Plan.INTAKE, Plan.ACTIVE,
            Plan.STOPPED, Plan.COMPLETED, Plan.ACTIVE, Plan.INTAKE, Plan.ACTIVE, Plan.STOPPED);

    @Inject
    NetworkDirectory networks;

    @Inject
    MunicipalityDirectory municipalities;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    OfferCatalogue offers;

    @Inject
    OfferApprovals approvals;

    @Inject
    BuddyDirectory buddies;

    @Inject
    NewcomerService newcomers;

    @Inject
    TrajectoryService trajectories;

    @Inject
    HourEntries hourEntries;

    @Inject
    PlacementService placements;

    @Inject
    PlacementLinks placementLinks;

    @Inject
    ConfirmationService confirmations;

    @Inject
    TrajectoryTypeRegistry types;

    @Inject
    TrajectorySettings settings;

    @Inject
    Clock clock;

    /** What one load made; {@code networksSkipped} already had the set. */
    public static final class Summary {
        int networksLoaded;
        int networksSkipped;
        int municipalities;
        int organisations;
        int offers;
        int buddies;
        int newcomers;
        int hourEntries;
        int confirmed;
        int certificates;
        final Map<TrajectoryStatus, Integer> trajectories = new EnumMap<>(TrajectoryStatus.class);

        public int networksLoaded() {
            return networksLoaded;
        }

        public int networksSkipped() {
            return networksSkipped;
        }

        public int newcomers() {
            return newcomers;
        }

        @Override
        public String toString() {
            if (networksLoaded == 0) {
                return "synthetic set already there in all " + networksSkipped + " networks, nothing added";
            }
            return "synthetic set in " + networksLoaded + " networks" + (networksSkipped > 0 ? " (" + networksSkipped
                    + " already had it)" : "") + ": " + municipalities + " municipalities taking part, "
                    + organisations + " organisations, " + offers + " offers, " + buddies + " buddies, " + newcomers
                    + " newcomers, trajectories " + trajectories.entrySet().stream()
                    .map(e -> e.getValue() + " " + e.getKey().name().toLowerCase(Locale.ROOT)).toList()
                    + ", " + hourEntries + " hour entries (" + confirmed + " confirmed), " + certificates
                    + " certificates";
        }
    }

    /** The name of the organisation that marks a network as loaded. */
    public static String markerName(String networkName) {
        return String.format(SyntheticNames.ORGANISATIONS.get(0).name(), networkName);
    }

    /** Loads the set in every network that does not have it yet. */
    public Summary load() {
        Summary summary = new Summary();
        List<NetworkSummary> all = networks.find(new PageRequest(0, PageRequest.MAX_SIZE, "id", false)).items();
        for (NetworkSummary network : all) {
            String id = network.network().id();
            if (loaded(id, network.network().name())) {
                summary.networksSkipped++;
                continue;
            }
            new NetworkLoad(id, network.network().name(), new Random(SEED ^ id.hashCode()), summary).run();
            summary.networksLoaded++;
        }
        return summary;
    }

    private boolean loaded(String networkId, String networkName) {
        String marker = markerName(networkName);
        return organisations.find(new OrganisationFilter(networkId, null, null, marker, null),
                        new PageRequest(0, PageRequest.MAX_SIZE, "name", false)).items().stream()
                .anyMatch(o -> o.organisation().name().equals(marker));
    }

    /** One network's part of the set. */
    private final class NetworkLoad {

        private final String networkId;
        private final String networkName;
        private final Random random;
        private final Summary summary;
        private final Caller caller = ExampleSets.LOADER;
        private final LocalDate today = LocalDate.now(clock);
        private final int window = settings.backdating().days();
        private final List<MunicipalityListing> places = new ArrayList<>();
        private final List<OfferRef> offersMade = new ArrayList<>();
        private final List<BuddyRef> buddiesMade = new ArrayList<>();

        NetworkLoad(String networkId, String networkName, Random random, Summary summary) {
            this.networkId = networkId;
            this.networkName = networkName;
            this.random = random;
            this.summary = summary;
        }

        void run() {
            List<MunicipalityListing> all = municipalities.find(new MunicipalityFilter(networkId, null, null),
                    new PageRequest(0, PageRequest.MAX_SIZE, "nisCode", false)).items();
            int size = all.size();
            takePart(all, clamp(Math.round(size / 6f), 1, 6));
            if (places.isEmpty()) {
                LOG.warning(() -> "Synthetic example data: no municipality of " + networkName + " takes part or can be"
                        + " made to (their memberships ended); the network is left without it.");
                return;
            }
            List<OrgRef> orgs = organisations(clamp(3 + size / 10, 3, 6));
            offers(orgs);
            buddies(clamp(4 + size / 6, 4, 10));
            int people = clamp(10 + size / 2, 10, 30);
            for (int i = 0; i < people; i++) {
                newcomer(i, PLANS.get(i % PLANS.size()));
            }
        }

        // ---- municipalities --------------------------------------------------------------------------------------

        /**
         * The first {@code wanted} municipalities, in a seeded order: those that take part already first (an
         * installation's own memberships are used, never changed), then those without a membership, which are made to
         * take part.
         */
        private void takePart(List<MunicipalityListing> all, int wanted) {
            List<MunicipalityListing> order = new ArrayList<>(all);
            Collections.shuffle(order, random);
            for (MunicipalityListing listing : order) {
                if (places.size() < wanted && listing.municipality().membership().isParticipatingOn(today)) {
                    places.add(listing);
                }
            }
            for (MunicipalityListing listing : order) {
                if (places.size() >= wanted) {
                    return;
                }
                if (listing.municipality().membership().participatingFrom() == null) {
                    places.add(municipalities.changeMembership(caller, listing.municipality().nisCode(), null,
                            MEMBERSHIP_FROM, null));
                    summary.municipalities++;
                }
            }
        }

        private MunicipalityListing place() {
            return SyntheticNames.pick(places, random);
        }

        // ---- organisations and offers ----------------------------------------------------------------------------

        private record OrgRef(long id, String name, String municipalityNis, ContactPerson contact) {
        }

        private record OfferRef(long id, TrajectoryType type, String category, DutchLevel level, long organisationId) {
        }

        private List<OrgRef> organisations(int count) {
            List<OrgRef> made = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                SyntheticNames.OrganisationTemplate template = SyntheticNames.ORGANISATIONS.get(i);
                MunicipalityListing where = i == 0 ? places.get(0) : place();
                String name = i == 0 ? markerName(networkName)
                        : String.format(template.name(), where.municipality().name());
                String first = SyntheticNames.pick(SyntheticNames.BUDDY_FIRST_NAMES, random);
                String domain = SyntheticNames.slug(name.replace("Vzw ", "")) + ".example.org";
                ContactPerson contact = new ContactPerson(SyntheticNames.FAMILY_NAME + " " + first,
                        random.nextBoolean() ? "Coördinator vrijwilligers" : "Verantwoordelijke onthaal",
                        SyntheticNames.slug(first) + "@" + domain, phone());
                OrganisationDetails details = new OrganisationDetails(name,
                        OrganisationKind.byCode(template.kind()).orElseThrow(), where.municipality().nisCode(),
                        "Voorbeeldstraat " + (1 + random.nextInt(120)) + ", " + where.municipality().name(),
                        "https://" + domain, template.description(), true, List.of(contact));
                long id = organisations.register(caller, details).organisation().id();
                if (i % 4 != 3) {
                    // three in four agree to be listed in the newcomers' public finder
                    organisations.listPublicly(caller, id, true);
                }
                made.add(new OrgRef(id, name, where.municipality().nisCode(), contact));
                summary.organisations++;
            }
            return made;
        }

        /** Two published offers per organisation, over every type that is placed in an offer, by the registry. */
        private void offers(List<OrgRef> orgs) {
            List<TrajectoryType> offerTypes = types.all().stream().filter(t -> !placedWithBuddy(t)).toList();
            if (offerTypes.isEmpty()) {
                return;
            }
            int n = random.nextInt(offerTypes.size());
            for (OrgRef org : orgs) {
                for (int k = 0; k < 2; k++, n++) {
                    TrajectoryType type = offerTypes.get(n % offerTypes.size());
                    List<ReportingCategory> categories = type.reportingCategories();
                    ReportingCategory category = categories.get(random.nextInt(categories.size()));
                    DutchLevel level = type.suitability().minimumDutchLevel();
                    if (random.nextInt(4) == 0 && level.ordinal() + 1 < DutchLevel.values().length
                            && level.compareTo(DutchLevel.B1) < 0) {
                        level = DutchLevel.values()[level.ordinal() + 1];
                    }
                    List<String> helpful = random.nextBoolean() ? List.of()
                            : List.of(SyntheticNames.pick(SyntheticNames.NEWCOMER_LANGUAGES, random));
                    String title = category.label().nl() + " bij " + org.name();
                    String schedule = SyntheticNames.pick(SyntheticNames.SCHEDULES, random);
                    OfferDetails details = new OfferDetails(org.id(), type.id(), category.id(), title,
                            "Synthetisch voorbeeldaanbod (" + type.label().nl().toLowerCase(Locale.ROOT) + "): "
                                    + category.label().nl().toLowerCase(Locale.ROOT) + " samen met anderen, om"
                                    + " Nederlands te oefenen en mensen te leren kennen.",
                            org.municipalityNis(), null, level, 4 + random.nextInt(9),
                            schedule, helpful, MEMBERSHIP_FROM, null,
                            OfferStatus.PUBLISHED, new OfferContact(org.contact().name(), org.contact().email(),
                            org.contact().phone()), SyntheticNames.weekdays(schedule), null);
                    Offer created = offers.create(caller, details).offer();
                    long id = created.id();
                    if (k == 0) {
                        // the first offer of each organisation is checked against the criteria for the public finder
                        approvals.approve(caller, id, created.version(), new ApprovalChecklist(true, true, true, 20));
                    }
                    offersMade.add(new OfferRef(id, type, category.id(), level, org.id()));
                    summary.offers++;
                }
            }
        }

        // ---- buddies ---------------------------------------------------------------------------------------------

        private final class BuddyRef {
            final long id;
            final List<String> languages;
            int free;

            BuddyRef(long id, List<String> languages, int free) {
                this.id = id;
                this.languages = languages;
                this.free = free;
            }
        }

        private void buddies(int count) {
            for (int i = 0; i < count; i++) {
                String first = SyntheticNames.BUDDY_FIRST_NAMES.get((i + random.nextInt(5))
                        % SyntheticNames.BUDDY_FIRST_NAMES.size());
                MunicipalityListing where = place();
                List<String> languages = new ArrayList<>(List.of("nl"));
                languages.addAll(some(SyntheticNames.BUDDY_LANGUAGES, 0, 2));
                // Most are screened and trained; one awaits screening, one pauses, as on any list of buddies.
                boolean ready = i % 5 != 4;
                int capacity = 1 + random.nextInt(3);
                BuddySettings buddySettings = ready
                        ? new BuddySettings("screened", "trained", today.minusDays(60 + random.nextInt(600))
                        .toString(), capacity, i % 7 == 6 ? "paused" : "active")
                        : BuddySettings.initial(1);
                Map<String, Boolean> consents = new LinkedHashMap<>();
                consents.put(ConsentPurpose.MATCHING.code(), true);
                consents.put(ConsentPurpose.SHARE_WITH_PARTNERS.code(), random.nextInt(4) != 0);
                consents.put(ConsentPurpose.EVALUATION_CONTACT.code(), random.nextBoolean());
                BuddyProfile profile = new BuddyProfile(first, SyntheticNames.FAMILY_NAME,
                        SyntheticNames.slug(first) + ".buddy" + (i + 1) + "." + networkId + "@example.org", phone(),
                        where.municipality().nisCode(), languages,
                        some(Interest.codes(), 2, 4), some(TimeSlot.codes(), 2, 5));
                long id = buddies.register(caller, new BuddyForm(profile, buddySettings, consents)).id();
                if (ready && i % 7 != 6) {
                    buddiesMade.add(new BuddyRef(id, languages, capacity));
                }
                summary.buddies++;
            }
        }

        // ---- newcomers and their trajectories --------------------------------------------------------------------

        private void newcomer(int index, Plan plan) {
            String first = SyntheticNames.NEWCOMER_FIRST_NAMES.get((index * 7 + random.nextInt(3))
                    % SyntheticNames.NEWCOMER_FIRST_NAMES.size());
            MunicipalityListing where = place();
            DutchLevel level = plan == Plan.INTAKE && random.nextInt(3) == 0 ? DutchLevel.A0
                    : SyntheticNames.pick(List.of(DutchLevel.A1, DutchLevel.A2, DutchLevel.A2, DutchLevel.B1), random);
            List<String> languages = some(SyntheticNames.NEWCOMER_LANGUAGES, 1, 2);
            String progress = SyntheticNames.pick(List.of("running", "running", "running", "can-start", "ended"),
                    random);
            LocalDate endedOn = "ended".equals(progress) ? today.minusDays(30 + random.nextInt(270)) : null;
            LocalDate contract = today.minusDays(window + 90L + random.nextInt(500));
            if (endedOn != null && !contract.isBefore(endedOn)) {
                contract = endedOn.minusDays(200);
            }
            Map<String, Boolean> consents = new LinkedHashMap<>();
            consents.put(ConsentPurpose.MATCHING.code(), random.nextInt(8) != 0);
            consents.put(ConsentPurpose.SHARE_WITH_PARTNERS.code(), random.nextInt(3) != 0);
            consents.put(ConsentPurpose.EVALUATION_CONTACT.code(), random.nextBoolean());
            NewcomerDetails details = NewcomerDetails.parse(new NewcomerDetails.Raw(first, SyntheticNames.FAMILY_NAME,
                    SyntheticNames.slug(first) + "." + (index + 1) + "." + networkId + "@example.org", phone(),
                    random.nextInt(3) == 0 ? "entitled" : "obliged", where.municipality().nisCode(), level.name(),
                    languages, some(Interest.codes(), 1, 3), some(TimeSlot.codes(), 1, 4),
                    SyntheticNames.pick(List.of("agency", "agency", "cvo", "ocmw", "word-of-mouth", "self"), random),
                    contract.toString(), progress, endedOn == null ? null : endedOn.toString(), consents), today);
            long newcomerId = newcomers.register(caller, details).newcomer().id();
            summary.newcomers++;
            trajectory(newcomerId, plan, level, languages);
        }

        private void trajectory(long newcomerId, Plan plan, DutchLevel level, List<String> languages) {
            // With a short back-dating window 40 hours may not fit in the days there are: the target follows, as a
            // counsellor would set it, with its reason.
            int days = window + 1;
            BigDecimal reachable = BigDecimal.valueOf(Math.min(days, 10) * 4L);
            boolean lower = reachable.compareTo(Trajectory.DEFAULT_TARGET) < 0;
            BigDecimal target = lower ? reachable.max(BigDecimal.valueOf(4)) : null;
            LocalDate deadline = random.nextInt(3) == 0 ? today.plusDays(60 + random.nextInt(240)) : null;
            Trajectory.Plan planned = new Trajectory.Plan(target, lower ? "Voorbeeldgegevens: het venster om uren"
                    + " terug te dateren (VP_BACKDATE_DAYS) is te kort voor 40 uur." : null, deadline, COUNSELLOR);
            TrajectoryView opened = trajectories.open(caller, newcomerId, planned,
                    plan != Plan.INTAKE);
            long id = opened.trajectory().id();
            BigDecimal goal = opened.trajectory().targetHours();
            TrajectoryStatus status = switch (plan) {
                case INTAKE -> TrajectoryStatus.INTAKE;
                case ACTIVE -> work(id, level, languages, 1 + random.nextInt(2), goal.multiply(BigDecimal.valueOf(
                        10 + random.nextInt(60))).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN),
                        1 + random.nextInt(3), goal, false);
                case COMPLETED -> work(id, level, languages, 1 + random.nextInt(2), goal, 0, goal, true);
                case STOPPED -> {
                    work(id, level, languages, 1, BigDecimal.valueOf(random.nextInt(12)), 0, goal, false);
                    trajectories.transition(caller, id, null, TrajectoryStatus.STOPPED,
                            SyntheticNames.pick(SyntheticNames.STOP_REASONS, random));
                    yield TrajectoryStatus.STOPPED;
                }
            };
            summary.trajectories.merge(status, 1, Integer::sum);
        }

        /**
         * Places the newcomer and reports hours: entries adding up to at least {@code report} hours, oldest first,
         * then {@code pending} entries more. Entries are confirmed oldest first, all but the last {@code pending};
         * unless {@code complete}, confirming stops before the confirmed hours would reach {@code target} (at which
         * the trajectory completes by itself, with its certificate).
         *
         * @return the status the trajectory ends up in
         */
        private TrajectoryStatus work(long id, DutchLevel level, List<String> languages, int placementCount,
                                      BigDecimal report, int pending, BigDecimal target, boolean complete) {
            List<Placed> placed = new ArrayList<>();
            LocalDate earliest = today.minusDays(window);
            for (int p = 0; p < placementCount; p++) {
                LocalDate start = p == 0
                        ? today.minusDays(window == 0 ? 0 : window / 3 + random.nextInt(Math.max(1, window - window / 3)))
                        : placed.isEmpty() ? earliest : min(today, placed.get(0).start.plusDays(7 + random.nextInt(21)));
                place(id, level, languages, max(start, earliest)).ifPresent(placed::add);
            }
            if (placed.isEmpty()) {
                return TrajectoryStatus.ACTIVE;
            }
            Set<LocalDate> used = new HashSet<>();
            List<Entry> entries = new ArrayList<>();
            BigDecimal sum = BigDecimal.ZERO;
            while (sum.compareTo(report) < 0 && entries.size() < 200) {
                Optional<Entry> entry = entry(placed, used, report.subtract(sum));
                if (entry.isEmpty()) {
                    break;
                }
                entries.add(entry.get());
                sum = sum.add(entry.get().hours);
            }
            for (int k = 0; k < pending; k++) {
                entry(placed, used, null).ifPresent(entries::add);
            }
            entries.sort((a, b) -> a.day.compareTo(b.day));
            List<Long> reported = new ArrayList<>();
            for (Entry e : entries) {
                reported.add(hourEntries.reportHours(caller, id, e.placement.id, e.day, e.hours, null).id());
                summary.hourEntries++;
            }
            // The oldest entries are confirmed, all but the last pending ones, and (unless it is to complete) fewer
            // than the target: by the offer's contact person through a confirmation link where the type says so (one
            // decision for the placement's days), by the counsellor entry by entry otherwise.
            Map<Placed, List<Long>> confirm = new LinkedHashMap<>();
            BigDecimal confirmed = BigDecimal.ZERO;
            for (int k = 0; k < entries.size() - pending; k++) {
                confirmed = confirmed.add(entries.get(k).hours);
                if (!complete && confirmed.compareTo(target) >= 0) {
                    break;
                }
                confirm.computeIfAbsent(entries.get(k).placement, p -> new ArrayList<>()).add(reported.get(k));
            }
            TrajectoryStatus status = TrajectoryStatus.ACTIVE;
            for (Map.Entry<Placed, List<Long>> decision : confirm.entrySet()) {
                Placed p = decision.getKey();
                boolean completed;
                if (p.byLink) {
                    String token = placementLinks.issueLink(caller, id, p.id, null, PlacementLinks.Delivery.BY_HAND)
                            .token();
                    completed = confirmations.decide(token, true, null, Set.copyOf(decision.getValue())).completed();
                    summary.confirmed += decision.getValue().size();
                } else {
                    completed = false;
                    for (long entryId : decision.getValue()) {
                        completed = hourEntries.decide(caller, id, entryId, true, null).completed();
                        summary.confirmed++;
                        if (completed) {
                            break;
                        }
                    }
                }
                if (completed) {
                    summary.certificates++;
                    status = TrajectoryStatus.COMPLETED;
                    break;
                }
            }
            return status;
        }

        /** A placement made; {@code byLink}: its offer's contact person confirms the hours. */
        private record Placed(long id, LocalDate start, LocalDate end, HourPolicy policy, boolean byLink) {
        }

        private record Entry(Placed placement, LocalDate day, BigDecimal hours) {
        }

        /** One entry on a free day of a placement; {@code room} caps its hours when not null. */
        private Optional<Entry> entry(List<Placed> placed, Set<LocalDate> used, BigDecimal room) {
            for (int attempt = 0; attempt < 30; attempt++) {
                Placed p = SyntheticNames.pick(placed, random);
                LocalDate last = p.end == null || p.end.isAfter(today) ? today : p.end;
                long span = last.toEpochDay() - p.start.toEpochDay();
                if (span < 0) {
                    continue;
                }
                LocalDate day = p.start.plusDays(random.nextInt((int) span + 1));
                if (!used.add(day)) {
                    continue;
                }
                BigDecimal hours = SyntheticNames.pick(HOURS, random).min(p.policy.maxHoursPerDay());
                if (room != null && hours.compareTo(room) > 0 && room.signum() > 0) {
                    hours = room;
                }
                hours = hours.divide(p.policy.step(), 0, RoundingMode.UP).multiply(p.policy.step());
                hours = hours.min(p.policy.maxHoursPerDay());
                return Optional.of(new Entry(p, day, hours));
            }
            return Optional.empty();
        }

        /** Places the newcomer in an offer or with a buddy that suits their Dutch, of a type drawn from the registry. */
        private Optional<Placed> place(long trajectoryId, DutchLevel level, List<String> languages, LocalDate start) {
            List<TrajectoryType> suitable = new ArrayList<>(types.all().stream()
                    .filter(t -> level.isAtLeast(t.suitability().minimumDutchLevel())).toList());
            Collections.shuffle(suitable, random);
            for (TrajectoryType type : suitable) {
                LocalDate end = start.plusDays(14 + random.nextInt(50));
                if (placedWithBuddy(type)) {
                    List<BuddyRef> free = new ArrayList<>(buddiesMade.stream().filter(b -> b.free > 0).toList());
                    Collections.shuffle(free, random);
                    for (BuddyRef buddy : free) {
                        List<String> shared = languages.stream().filter(buddy.languages::contains).toList();
                        Optional<Placed> placed = tryPlace(trajectoryId, type, null, buddy.id,
                                Map.of(ReferenceTarget.BUDDY, buddy.id), start, end, shared, null);
                        if (placed.isPresent()) {
                            buddy.free--;
                            return placed;
                        }
                    }
                } else {
                    List<OfferRef> fitting = new ArrayList<>(offersMade.stream()
                            .filter(o -> o.type.id().equals(type.id()) && level.isAtLeast(o.level)).toList());
                    Collections.shuffle(fitting, random);
                    for (OfferRef offer : fitting) {
                        Optional<Placed> placed = tryPlace(trajectoryId, type, offer.id, null,
                                Map.of(ReferenceTarget.OFFER, offer.id, ReferenceTarget.ORGANISATION,
                                        offer.organisationId), start, end, languages, offer.category);
                        if (placed.isPresent()) {
                            return placed;
                        }
                    }
                }
            }
            return Optional.empty();
        }

        private Optional<Placed> tryPlace(long trajectoryId, TrajectoryType type, Long offerId, Long buddyId,
                                          Map<ReferenceTarget, Long> references, LocalDate start, LocalDate end,
                                          List<String> languages, String category) {
            Optional<Map<String, Object>> attributes = SyntheticAttributes.fill(type, random, references, start, end,
                    languages, type.reportingCategories().size() > 1 ? category : null);
            if (attributes.isEmpty()) {
                LOG.fine(() -> "Synthetic example data: no valid placement of type " + type.id() + " could be filled"
                        + " in from its schema.");
                return Optional.empty();
            }
            try {
                long id = placements.place(caller, trajectoryId, new PlacementService.NewPlacement(type.id(), offerId,
                        buddyId, start, null, attributes.get(), Locale.forLanguageTag("nl"))).id();
                Optional<DatePeriod> period = type.capability(DatedPlacements.class).flatMap(d -> d.period(
                        PlacementValidator.check(type, attributes.get()).attributes()));
                return Optional.of(new Placed(id, period.map(DatePeriod::start).orElse(start),
                        period.map(DatePeriod::end).orElse(null), type.hourPolicy(),
                        offerId != null && type.hourPolicy().contactPersonConfirms()));
            } catch (ConflictException | InvalidInputException e) {
                // A full offer, a buddy without a free duo: another one is tried.
                LOG.fine(() -> "Synthetic example data: placement refused, another is tried: " + e.getMessage());
                return Optional.empty();
            }
        }

        // ---- small things ----------------------------------------------------------------------------------------

        private List<String> some(List<String> values, int min, int max) {
            List<String> copy = new ArrayList<>(values);
            Collections.shuffle(copy, random);
            return List.copyOf(copy.subList(0, Math.min(copy.size(), min + random.nextInt(max - min + 1))));
        }

        private String phone() {
            return String.format("0470 00 %02d %02d", random.nextInt(100), random.nextInt(100));
        }
    }

    /** Whether a type's placements are duos with a buddy, as the type says. */
    static boolean placedWithBuddy(TrajectoryType type) {
        return type.placedWith() == PlacedWith.BUDDY;
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
