package be.vierdepijler.core.trajectory.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.mail.application.Outbox;
import be.vierdepijler.core.mail.application.QueuedMail;
import be.vierdepijler.core.mail.domain.MailState;
import be.vierdepijler.core.mail.domain.MailStatus;
import be.vierdepijler.core.mail.domain.OutboxMail;
import be.vierdepijler.core.newcomer.domain.Newcomer;
import be.vierdepijler.core.newcomer.domain.NewcomerRepository;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.GoneException;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.shared.PublicLanguages;
import be.vierdepijler.core.spi.ReportingCategory;
import be.vierdepijler.core.spi.TrajectoryType;
import be.vierdepijler.core.spi.TrajectoryTypeRegistry;
import be.vierdepijler.core.trajectory.domain.HourEntry;
import be.vierdepijler.core.trajectory.domain.HourStatus;
import be.vierdepijler.core.shared.LinkToken;
import be.vierdepijler.core.trajectory.domain.Placement;
import be.vierdepijler.core.trajectory.domain.PlacementStatus;
import be.vierdepijler.core.trajectory.domain.ProgressLink;
import be.vierdepijler.core.trajectory.domain.ProgressLinkRepository;
import be.vierdepijler.core.trajectory.domain.Trajectory;
import be.vierdepijler.core.trajectory.domain.TrajectoryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The newcomer's own progress links: a counsellor (or coordinator) who may change the trajectory makes one in the
 * newcomer's language, hands it over or e-mails it through the outbox, lists them and revokes one; the newcomer opens
 * it without an account and sees only their first name and the hours of that one trajectory. A new link leaves older
 * ones active (the counsellor revokes what should stop). No link is made for an erased newcomer, whose links are
 * deleted with the erasure. Unknown tokens answer 404; expired and revoked links 410 with reason {@code expired} or
 * {@code revoked}.
 */
@ApplicationScoped
public class ProgressLinks {

    /** Where the public pages show a newcomer's progress; the QR code and the mail point there. */
    public static final String PAGE_PATH = "/aanbod/#/progress/";
    public static final String MAIL_KIND = "progress-link";

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,100}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(ZoneId.of("Europe/Brussels"));

    @Inject
    TrajectoryAccess access;

    @Inject
    TrajectoryRepository trajectories;

    @Inject
    NewcomerRepository newcomers;

    @Inject
    TrajectoryTypeRegistry types;

    @Inject
    ProgressLinkRepository links;

    @Inject
    Outbox outbox;

    @Inject
    TrajectorySettings settings;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "core")
    EntityManager em;

    /** A new link, its token (shown once), its address and, when it was e-mailed, its mail (null when not). */
    public record IssuedLink(ProgressLink link, String token, String url, MailOutcome mail) {
    }

    /** Where the link's mail went and how it stands: {@code queued}, or {@code not-configured} (hand it over). */
    public record MailOutcome(String recipient, MailStatus status) {
    }

    /** A link as its counsellor sees it afterwards, with where its mail stands (null when handed over). */
    public record LinkStatus(ProgressLink link, ProgressLink.State state, MailState mail) {
    }

    /**
     * Makes a link for the trajectory's newcomer in {@code language}; e-mailed to {@code email} in the same
     * transaction when one is given. {@code requestBase} is the address the request came in on (VP_PUBLIC_URL wins).
     */
    @Transactional
    public IssuedLink issue(Caller caller, long trajectoryId, String language, String email, String requestBase) {
        Trajectory trajectory = access.forChange(caller, trajectoryId, null);
        Newcomer newcomer = newcomers.byId(trajectory.newcomerId()).orElseThrow(() -> new NotFoundException("traject",
                String.valueOf(trajectoryId)));
        newcomer.requireNotErased();
        List<FieldViolation> problems = new ArrayList<>();
        String lang = language == null ? null : language.strip().toLowerCase(Locale.ROOT);
        if (lang == null || lang.isEmpty()) {
            problems.add(new FieldViolation("language", "required", "Kies de taal van de inburgeraar: "
                    + PublicLanguages.listed() + "."));
        } else if (!PublicLanguages.contains(lang)) {
            problems.add(new FieldViolation("language", "unknown-language", "Kies een van deze talen: "
                    + PublicLanguages.listed() + "."));
        }
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null && (address.length() > 254 || !OutboxMail.isAddress(address))) {
            problems.add(new FieldViolation("email", "not-an-address", "Dit is geen e-mailadres."));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Instant now = clock.instant();
        ProgressLink.Issued issued = ProgressLink.issue(trajectoryId, lang, caller.username(), now);
        if (address != null) {
            issued.link().mailTo(address);
        }
        links.add(issued.link());
        String url = address(issued.token(), requestBase);
        MailOutcome mail = null;
        if (address != null) {
            QueuedMail queued = outbox.enqueue(MAIL_KIND, reference(issued.link().id()), address,
                    "Je uren in je traject: je persoonlijke link", body(newcomer.firstName(), url,
                            issued.link().expiresAt()));
            mail = new MailOutcome(address, queued.status());
        }
        return new IssuedLink(issued.link(), issued.token(), url, mail);
    }

    /** The address of the newcomer's page: {@code <publicUrl>/aanbod/#/progress/<token>}. */
    public String address(String token, String requestBase) {
        return settings.publicUrl(requestBase) + PAGE_PATH + token;
    }

    /** The outbox's key of a link's mail. */
    public static String reference(long linkId) {
        return MAIL_KIND + ":" + linkId;
    }

    private static String body(String firstName, String url, Instant expiresAt) {
        return "Dag " + firstName + ",\n\n"
                + "Met deze link zie je je uren in je traject. Je ziet wat al bevestigd is en hoeveel uren je nog"
                + " nodig hebt. Je hebt geen account nodig.\n\n"
                + url + "\n\n"
                + "De link werkt tot " + DAY.format(expiresAt) + ". De link is alleen voor jou. Geef hem niet aan"
                + " anderen. Heb je een vraag? Vraag het aan je trajectbegeleider.\n\n"
                + "Met vriendelijke groeten,\nDe trajectbegeleiding — Vierde Pijler\n";
    }

    /** The links of a trajectory, newest first, for those who may manage it. */
    @Transactional
    public List<LinkStatus> links(Caller caller, long trajectoryId) {
        access.forChange(caller, trajectoryId, null);
        Instant now = clock.instant();
        List<ProgressLink> all = links.ofTrajectory(trajectoryId);
        Map<String, MailState> mails = outbox.statuses(all.stream().filter(l -> l.emailedTo() != null)
                .map(l -> reference(l.id())).collect(Collectors.toSet()));
        return all.stream().map(l -> new LinkStatus(l, l.stateAt(now), mails.get(reference(l.id())))).toList();
    }

    /**
     * Takes a link of this trajectory back for good, kept with who revoked it and when; revoking a link that is no
     * longer active changes nothing. A link of another trajectory is not found through this one (404).
     */
    @Transactional
    public LinkStatus revoke(Caller caller, long trajectoryId, long linkId) {
        access.forChange(caller, trajectoryId, null);
        ProgressLink link = links.byId(linkId).filter(l -> l.trajectoryId() == trajectoryId)
                .orElseThrow(() -> new NotFoundException("voortgangslink", String.valueOf(linkId)));
        Instant now = clock.instant();
        if (link.revoke(caller.username(), now)) {
            em.flush();
        }
        return new LinkStatus(link, link.stateAt(now), link.emailedTo() == null ? null
                : outbox.status(reference(link.id())).orElse(null));
    }

    /** One activity as the newcomer sees it: the hours confirmed and still open, and the last day with hours. */
    public record Activity(String title, String typeLabel, String categoryLabel, BigDecimal confirmedHours,
                           BigDecimal pendingHours, LocalDate lastDay) {
    }

    /** What the newcomer's page shows: their first name and the hours of this one trajectory, nothing else. */
    public record Progress(String firstName, String language, String status, BigDecimal targetHours,
                           BigDecimal confirmedHours, BigDecimal pendingHours, BigDecimal remainingHours,
                           List<Activity> activities, Instant expiresAt) {
    }

    /**
     * The progress behind a token, with the labels in {@code labelLanguage} (English for {@code en}, else Dutch: the
     * types' labels exist in these two); null for the link's own language.
     */
    @Transactional
    public Progress progress(String token, String labelLanguage) {
        if (token == null || !TOKEN.matcher(token).matches()) {
            throw new NotFoundException("voortgangslink", "…");
        }
        ProgressLink link = links.byTokenHash(LinkToken.hash(token))
                .orElseThrow(() -> new NotFoundException("voortgangslink", "…"));
        switch (link.stateAt(clock.instant())) {
            case REVOKED -> throw new GoneException("Deze link werd ingetrokken. Vraag je trajectbegeleider om een"
                    + " nieuwe link.", "revoked");
            case EXPIRED -> throw new GoneException("Deze link is verlopen. Vraag je trajectbegeleider om een nieuwe"
                    + " link.", "expired");
            default -> {
                // active: shown below
            }
        }
        Trajectory trajectory = trajectories.byId(link.trajectoryId()).orElseThrow(() -> new NotFoundException(
                "voortgangslink", "…"));
        Newcomer newcomer = newcomers.byId(trajectory.newcomerId()).filter(n -> !n.isErased())
                .orElseThrow(() -> new NotFoundException("voortgangslink", "…"));
        Locale locale = Locale.forLanguageTag(PublicLanguages.contains(labelLanguage)
                ? labelLanguage : link.language());
        List<Activity> activities = new ArrayList<>();
        BigDecimal pending = BigDecimal.ZERO;
        List<Placement> placements = trajectory.placements().stream()
                .sorted(Comparator.comparing(Placement::startDate).thenComparing(Placement::id)).toList();
        for (Placement p : placements) {
            List<HourEntry> entries = trajectory.hourEntries().stream()
                    .filter(e -> p.id().equals(e.placementId())).toList();
            BigDecimal confirmed = sum(entries, HourStatus.CONFIRMED);
            BigDecimal open = sum(entries, HourStatus.PENDING);
            pending = pending.add(open);
            if (p.status() == PlacementStatus.CANCELLED && confirmed.signum() == 0 && open.signum() == 0) {
                continue;
            }
            Optional<TrajectoryType> type = types.find(p.typeId());
            String typeLabel = type.map(t -> t.label().in(locale)).orElse(p.typeId());
            String categoryLabel = type.flatMap(t -> t.reportingCategories().stream()
                    .filter(c -> c.id().equals(p.reportingCategory())).findFirst()).map(ReportingCategory::label)
                    .map(l -> l.in(locale)).orElse(p.reportingCategory());
            LocalDate lastDay = entries.stream().filter(e -> e.status() == HourStatus.CONFIRMED
                    || e.status() == HourStatus.PENDING).map(HourEntry::date).max(Comparator.naturalOrder())
                    .orElse(null);
            // an offer's title is public; a buddy placement's title names the buddy, so it shows the type instead
            String title = p.offerId() != null ? p.title() : typeLabel;
            activities.add(new Activity(title, typeLabel, categoryLabel, confirmed, open, lastDay));
        }
        return new Progress(newcomer.firstName(), link.language(), trajectory.status().code(),
                trajectory.targetHours(), trajectory.confirmedHours(), pending, trajectory.remainingHours(),
                activities, link.expiresAt());
    }

    private static BigDecimal sum(List<HourEntry> entries, HourStatus status) {
        return entries.stream().filter(e -> e.status() == status).map(HourEntry::hours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
