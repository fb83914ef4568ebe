package be.vierdepijler.core.user.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.mail.application.Outbox;
import be.vierdepijler.core.mail.domain.OutboxMail;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.LinkToken;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.user.domain.ExternalSignInRepository;
import be.vierdepijler.core.user.domain.PendingSignIn;
import be.vierdepijler.core.user.domain.SignInTicket;
import be.vierdepijler.core.user.domain.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Who may come in through the OpenID Connect provider (docs/adr/0021). The identity comes from the provider, the role
 * and scope are ours: an account linked to the subject is signed in; else the one active account whose e-mail address
 * equals the provider's verified address, not linked yet, is linked (audited) and signed in; anyone else gets no
 * access and is recorded as a pending sign-in, which an administrator turns into an account (or links to one) or
 * dismisses. Pending entries are personal data: administrators only, removed when handled and after
 * {@link #RETENTION} without a new attempt.
 */
@ApplicationScoped
@Transactional
public class ExternalSignIns {

    /** How long a hand-over ticket is worth something. */
    public static final Duration TICKET_LIFETIME = Duration.ofSeconds(60);
    /** How long a pending sign-in is kept after the person's latest attempt. */
    public static final Duration RETENTION = Duration.ofDays(30);

    /**
     * The cookie that binds a ticket to the browser it was issued to: set by the OIDC module with the ticket, on the
     * exchange's path only, and required by the exchange. Without it a person could be sent someone else's fresh ticket
     * link and be signed in, unawares, as that someone (login CSRF).
     */
    public static final String BINDING_COOKIE = "VPOIDCBINDING";
    /** Where the main web module exchanges a ticket for a session: the binding cookie's path. */
    public static final String EXCHANGE_PATH = "/api/v1/session/oidc";

    /** The mail to the administrators about a new pending sign-in (its reference: this, a colon and the entry's id). */
    public static final String MAIL_KIND = "pending-sign-in";

    private static final Logger LOG = Logger.getLogger(ExternalSignIns.class.getName());

    @Inject
    ExternalSignInRepository repository;

    @Inject
    UserDirectory directory;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** What became of a sign-in: the account signed in (by username), or none and why. */
    public record Outcome(Status status, String username, String idToken) {

        public boolean signedIn() {
            return status == Status.SIGNED_IN || status == Status.LINKED;
        }
    }

    /** The ways a sign-in through the provider ends. */
    public enum Status {
        /** an account linked to the subject */
        SIGNED_IN,
        /** an account linked now, by its verified e-mail address */
        LINKED,
        /** no account: recorded for an administrator */
        PENDING,
        /** the linked account is deactivated */
        INACTIVE,
        /** the ticket is unknown, used or expired */
        INVALID_TICKET
    }

    /**
     * The hand-over of one sign-in: the ticket goes into the address, the binding into the {@link #BINDING_COOKIE} of
     * the same browser; both are needed to redeem it.
     */
    public record Ticket(String ticket, String binding) {
    }

    /**
     * Hands the identity the provider vouched for to the application's own session: returns a random one-time ticket
     * and its browser binding (only their hashes are stored), worth {@link #TICKET_LIFETIME}.
     */
    public Ticket issueTicket(ExternalIdentity identity, String idToken) {
        repository.removeTicketsExpiredBefore(clock.instant());
        Ticket issued = new Ticket(LinkToken.issue(), LinkToken.issue());
        repository.add(new SignInTicket(LinkToken.hash(issued.ticket()), LinkToken.hash(issued.binding()),
                identity.subject(), identity.displayName(), identity.email(), identity.emailVerified(), idToken,
                clock.instant().plus(TICKET_LIFETIME)));
        return issued;
    }

    /**
     * Takes the ticket (once only) and, when the browser brings the ticket's binding, signs its identity in, links it,
     * or records it as pending. A ticket brought without its binding is spent all the same: its link has left the
     * browser it was made for.
     */
    public Outcome redeem(String ticket, String binding) {
        if (!wellFormed(ticket)) {
            return new Outcome(Status.INVALID_TICKET, null, null);
        }
        Optional<SignInTicket> taken = repository.take(LinkToken.hash(ticket));
        if (taken.isEmpty() || !taken.get().expiresAt().isAfter(clock.instant())
                || !wellFormed(binding) || !sameHash(LinkToken.hash(binding), taken.get().bindingHash())) {
            return new Outcome(Status.INVALID_TICKET, null, null);
        }
        SignInTicket t = taken.get();
        Outcome outcome = signIn(new ExternalIdentity(t.subject(), t.displayName(), t.email(), t.emailVerified()));
        return new Outcome(outcome.status(), outcome.username(), t.idToken());
    }

    /** The account of the identity (linking it by verified e-mail address when it can), or a pending entry. */
    public Outcome signIn(ExternalIdentity identity) {
        Optional<UserAccount> linked = repository.accountBySubject(identity.subject());
        if (linked.isPresent()) {
            return linked.get().active() ? new Outcome(Status.SIGNED_IN, linked.get().username(), null)
                    : new Outcome(Status.INACTIVE, null, null);
        }
        if (identity.emailVerified() && identity.email() != null && !identity.email().isBlank()) {
            List<UserAccount> byEmail = repository.accountsByEmail(identity.email());
            if (byEmail.size() == 1 && byEmail.get(0).active() && byEmail.get(0).oidcSubject() == null) {
                UserAccount account = byEmail.get(0);
                account.linkToSubject(identity.subject());
                LOG.info(() -> "Account " + account.id() + " linked to its provider's subject by e-mail address");
                repository.pendingBySubject(identity.subject()).ifPresent(repository::remove);
                return new Outcome(Status.LINKED, account.username(), null);
            }
        }
        recordPending(identity);
        return new Outcome(Status.PENDING, null, null);
    }

    private void recordPending(ExternalIdentity identity) {
        Instant now = clock.instant();
        repository.removePendingSeenBefore(now.minus(RETENTION));
        PendingSignIn pending = repository.pendingBySubject(identity.subject()).orElseGet(() -> {
            PendingSignIn first = repository.add(new PendingSignIn(identity.subject(), now));
            tellAdministrators(first);
            return first;
        });
        pending.seen(identity.displayName(), identity.email(), identity.emailVerified(), now);
    }

    /**
     * A person waits for the first time: every active administrator with an address gets a mail (queued in the same
     * transaction as the entry). It names nobody: who waits is personal data, seen in the application only.
     */
    private void tellAdministrators(PendingSignIn pending) {
        String provider = OidcSettings.current().map(OidcSettings::providerName).orElse("de identiteitsprovider");
        for (String address : repository.administratorAddresses()) {
            if (!OutboxMail.isAddress(address)) {
                continue;
            }
            outbox.enqueue(MAIL_KIND, MAIL_KIND + ":" + pending.id(), address,
                    "Vierde Pijler: iemand wacht op toegang",
                    "Iemand meldde zich aan via " + provider + ", maar heeft nog geen account in Vierde Pijler.\n\n"
                            + "Geef een rol en bereik, of wijs de aanvraag af: in Vierde Pijler onder Gebruikers,"
                            + " Wachtende aanmeldingen. Zonder nieuwe poging vervalt de aanvraag na "
                            + RETENTION.toDays() + " dagen.\n\n"
                            + "Deze e-mail noemt bewust geen naam: wie wacht, zie je in de toepassing.\n");
        }
    }

    /** The pending sign-ins, newest attempt first: administrators only. */
    public Page<PendingSignIn> pending(Caller caller, PageRequest page) {
        requireAdministrator(caller);
        repository.removePendingSeenBefore(clock.instant().minus(RETENTION));
        return repository.pending(page);
    }

    /** One pending sign-in: administrators only. */
    public PendingSignIn pendingOne(Caller caller, long pendingId) {
        requireAdministrator(caller);
        return repository.pendingById(pendingId)
                .orElseThrow(() -> new NotFoundException("aanmelding", String.valueOf(pendingId)));
    }

    /**
     * Gives a pending person access: a new account with the role and scope in {@code user} (its password ignored), or,
     * with {@code existingUserId}, an existing account not linked yet; linked to the subject, and the entry removed.
     */
    public UserAccount grant(Caller caller, long pendingId, NewUser user, Long existingUserId) {
        requireAdministrator(caller);
        PendingSignIn pending = pendingOne(caller, pendingId);
        if (repository.accountBySubject(pending.subject()).isPresent()) {
            throw new InvalidInputException("subject", "already-linked",
                    "Deze persoon heeft al een gekoppelde account.");
        }
        UserAccount account;
        if (existingUserId != null) {
            account = directory.link(caller, existingUserId, pending.subject());
        } else {
            NewUser named = new NewUser(user.username(), user.displayName() != null ? user.displayName()
                    : pending.displayName(), user.email() != null ? user.email() : pending.email(), user.role(),
                    user.networkIds(), user.municipalityNis(), user.organisationId(), null);
            account = directory.createLinked(caller, named, pending.subject());
        }
        repository.remove(pending);
        return account;
    }

    /** Dismisses a pending sign-in (the person keeps no access; a new attempt records them again). */
    public void dismiss(Caller caller, long pendingId) {
        requireAdministrator(caller);
        repository.remove(repository.pendingById(pendingId)
                .orElseThrow(() -> new NotFoundException("aanmelding", String.valueOf(pendingId))));
    }

    private static void requireAdministrator(Caller caller) {
        if (!caller.isAdministrator()) {
            throw new ForbiddenException("Alleen beheerders zien wie op toegang wacht.");
        }
    }

    private static boolean wellFormed(String token) {
        return token != null && token.length() == LinkToken.LENGTH;
    }

    private static boolean sameHash(String a, String b) {
        return b != null && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII),
                b.getBytes(StandardCharsets.US_ASCII));
    }
}
