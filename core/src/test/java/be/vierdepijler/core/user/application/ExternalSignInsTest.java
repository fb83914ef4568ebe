package be.vierdepijler.core.user.application;

import static org.assertj.core.api.Assertions.assertThat;

import be.vierdepijler.core.access.Role;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.user.domain.ExternalSignInRepository;
import be.vierdepijler.core.user.domain.PendingSignIn;
import be.vierdepijler.core.user.domain.SignInTicket;
import be.vierdepijler.core.user.domain.UserAccount;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules of the OIDC sign-in (docs/adr/0021) from the side that would get round them: a ticket used twice or after
 * its minute, an address the provider did not verify, a subject changed at the provider, a deactivated account, and
 * pending entries kept no longer than their retention. The database is the IT's (OidcApiIT); here the rows are held
 * in maps so that the clock can be moved.
 */
class ExternalSignInsTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    private final Rows rows = new Rows();
    private final ExternalSignIns signIns = new ExternalSignIns();
    private Instant now = NOW;
    /** What the outbox was given: recipient, reference, subject and body of each mail. */
    private final List<List<String>> mails = new ArrayList<>();

    @BeforeEach
    void wire() {
        signIns.repository = rows;
        signIns.outbox = new be.vierdepijler.core.mail.application.Outbox() {
            @Override
            public be.vierdepijler.core.mail.application.QueuedMail enqueue(String kind, String reference,
                                                                            String recipient, String subject,
                                                                            String body) {
                assertThat(kind).isEqualTo(ExternalSignIns.MAIL_KIND);
                mails.add(List.of(recipient, reference, subject, body));
                return new be.vierdepijler.core.mail.application.QueuedMail(mails.size(),
                        be.vierdepijler.core.mail.domain.MailStatus.QUEUED);
            }
        };
        signIns.clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
    }

    private UserAccount account(String username, String email) {
        UserAccount account = new UserAccount(username, username, email, Role.VIEWER, Set.of(), null, null, "hash", NOW);
        rows.accounts.add(account);
        return account;
    }

    private static ExternalIdentity person(String subject, String email, boolean verified) {
        return new ExternalIdentity(subject, "Katrien", email, verified);
    }

    @Test
    void aTicketCountsOnceAndOnlyWithinItsMinute() {
        account("katrien", "katrien@example.org");
        ExternalSignIns.Ticket ticket = signIns.issueTicket(person("sub-1", "katrien@example.org", true), "id-token");
        // only the hashes are kept
        assertThat(rows.tickets).doesNotContainKey(ticket.ticket()).hasSize(1);
        assertThat(rows.tickets.values().iterator().next().bindingHash()).isNotEqualTo(ticket.binding()).hasSize(64);

        ExternalSignIns.Outcome first = signIns.redeem(ticket.ticket(), ticket.binding());
        assertThat(first.status()).isEqualTo(ExternalSignIns.Status.LINKED);
        assertThat(first.username()).isEqualTo("katrien");
        assertThat(first.idToken()).isEqualTo("id-token");
        assertThat(signIns.redeem(ticket.ticket(), ticket.binding()).status())
                .isEqualTo(ExternalSignIns.Status.INVALID_TICKET);

        ExternalSignIns.Ticket late = signIns.issueTicket(person("sub-1", "katrien@example.org", true), null);
        now = now.plus(ExternalSignIns.TICKET_LIFETIME).plusSeconds(1);
        assertThat(signIns.redeem(late.ticket(), late.binding()).status())
                .isEqualTo(ExternalSignIns.Status.INVALID_TICKET);
        assertThat(rows.tickets).isEmpty(); // taken, even when too late

        assertThat(signIns.redeem("made-up", "made-up").status()).isEqualTo(ExternalSignIns.Status.INVALID_TICKET);
        assertThat(signIns.redeem(null, null).status()).isEqualTo(ExternalSignIns.Status.INVALID_TICKET);
        assertThat(signIns.redeem("x".repeat(500), "x".repeat(500)).status())
                .isEqualTo(ExternalSignIns.Status.INVALID_TICKET);
    }

    /**
     * Login CSRF: someone signs in themselves and sends the ticket link to a colleague, whose browser would then work,
     * unawares, in the sender's account. The colleague's browser lacks the sender's binding; the ticket signs nobody
     * in, and is spent.
     */
    @Test
    void aTicketSignsInOnlyTheBrowserThatHoldsItsBinding() {
        account("katrien", "katrien@example.org");
        ExternalSignIns.Ticket sent = signIns.issueTicket(person("sub-1", "katrien@example.org", true), null);
        ExternalSignIns.Ticket own = signIns.issueTicket(person("sub-2", "other@example.org", true), null);

        assertThat(signIns.redeem(sent.ticket(), null).status()).isEqualTo(ExternalSignIns.Status.INVALID_TICKET);
        assertThat(signIns.redeem(sent.ticket(), sent.binding()).status())
                .as("spent by the attempt without its binding").isEqualTo(ExternalSignIns.Status.INVALID_TICKET);

        ExternalSignIns.Ticket again = signIns.issueTicket(person("sub-1", "katrien@example.org", true), null);
        assertThat(signIns.redeem(again.ticket(), own.binding()).status())
                .as("another sign-in's binding").isEqualTo(ExternalSignIns.Status.INVALID_TICKET);
        ExternalSignIns.Ticket third = signIns.issueTicket(person("sub-1", "katrien@example.org", true), null);
        assertThat(signIns.redeem(third.ticket(), third.ticket()).status())
                .as("the ticket as its own binding").isEqualTo(ExternalSignIns.Status.INVALID_TICKET);
        assertThat(signIns.redeem(own.ticket(), own.binding()).status()).isEqualTo(ExternalSignIns.Status.PENDING);
        assertThat(rows.accounts.get(0).oidcSubject()).as("nothing linked by the refused attempts").isNull();
    }

    /**
     * A person who waits is told to the administrators once, not at every attempt (a script with a token would
     * otherwise fill their mailboxes), and the mail names nobody: who waits is seen in the application only.
     */
    @Test
    void theAdministratorsHearOnceOfANewPendingSignInAndTheMailNamesNobody() {
        rows.administratorAddresses.addAll(List.of("beheer@example.org", "tweede.beheerder@example.org", "geen adres"));
        ExternalIdentity urbain = new ExternalIdentity("sub-u", "Urbain Onbekend", "urbain@example.org", true);
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(signIns.signIn(urbain).status()).isEqualTo(ExternalSignIns.Status.PENDING);
        }
        assertThat(mails).extracting(m -> m.get(0)).containsExactly("beheer@example.org",
                "tweede.beheerder@example.org");
        assertThat(mails).allSatisfy(m -> {
            assertThat(m.get(1)).isEqualTo("pending-sign-in:100");
            assertThat(String.join(" ", m.subList(2, 4))).contains("wacht op toegang", "Wachtende aanmeldingen")
                    .doesNotContain("Urbain", "Onbekend", "urbain@example.org", "sub-u");
        });

        signIns.signIn(new ExternalIdentity("sub-v", "Vera", null, false));
        assertThat(mails).as("a second person: a mail each again").hasSize(4);
    }

    @Test
    void onlyAVerifiedAddressLinksAndOnlyAnAccountNotLinkedYet() {
        UserAccount vera = account("vera", "Vera@Example.org");
        assertThat(signIns.signIn(person("sub-v", "vera@example.org", false)).status())
                .isEqualTo(ExternalSignIns.Status.PENDING);
        assertThat(vera.oidcSubject()).isNull();

        assertThat(signIns.signIn(person("sub-v", "vera@example.org", true)).status())
                .isEqualTo(ExternalSignIns.Status.LINKED);
        assertThat(vera.oidcSubject()).isEqualTo("sub-v");
        assertThat(rows.pending).as("the earlier pending entry goes once linked").isEmpty();
        assertThat(signIns.signIn(person("sub-v", null, false)).status()).isEqualTo(ExternalSignIns.Status.SIGNED_IN);

        // the provider's account re-created: a new subject with the same address gets nothing
        assertThat(signIns.signIn(person("sub-v2", "vera@example.org", true)).status())
                .isEqualTo(ExternalSignIns.Status.PENDING);
        assertThat(vera.oidcSubject()).isEqualTo("sub-v");
    }

    @Test
    void twoAccountsWithTheAddressLinkNeitherAndADeactivatedAccountGetsNoAccess() {
        account("one", "shared@example.org");
        account("two", "shared@example.org");
        assertThat(signIns.signIn(person("sub-s", "shared@example.org", true)).status())
                .isEqualTo(ExternalSignIns.Status.PENDING);

        UserAccount gone = account("gone", "gone@example.org");
        gone.linkToSubject("sub-g");
        gone.changeProfile("gone", "gone@example.org", false);
        assertThat(signIns.signIn(person("sub-g", "gone@example.org", true)).status())
                .isEqualTo(ExternalSignIns.Status.INACTIVE);
    }

    @Test
    void aPendingEntryIsKeptOnlyForItsRetentionAfterTheLatestAttempt() {
        signIns.signIn(person("sub-p", "p@example.org", true));
        now = now.plus(Duration.ofDays(20));
        signIns.signIn(person("sub-p", "p@example.org", true));
        assertThat(rows.pending.get("sub-p").firstSeen()).isEqualTo(NOW);
        assertThat(rows.pending.get("sub-p").lastSeen()).isEqualTo(now);

        now = now.plus(ExternalSignIns.RETENTION).plusSeconds(1);
        signIns.signIn(person("sub-other", "o@example.org", true));
        assertThat(rows.pending).containsOnlyKeys("sub-other");
    }

    /** The rows of the three tables as the service sees them through its repository. */
    private static final class Rows implements ExternalSignInRepository {
        final List<UserAccount> accounts = new ArrayList<>();
        final List<String> administratorAddresses = new ArrayList<>();
        final Map<String, PendingSignIn> pending = new HashMap<>();
        final Map<String, SignInTicket> tickets = new HashMap<>();

        @Override
        public Optional<UserAccount> accountBySubject(String subject) {
            return accounts.stream().filter(a -> subject.equals(a.oidcSubject())).findFirst();
        }

        @Override
        public List<UserAccount> accountsByEmail(String email) {
            return accounts.stream().filter(a -> a.email() != null
                    && a.email().toLowerCase(Locale.ROOT).equals(email.toLowerCase(Locale.ROOT))).toList();
        }

        @Override
        public Optional<PendingSignIn> pendingBySubject(String subject) {
            return Optional.ofNullable(pending.get(subject));
        }

        @Override
        public Optional<PendingSignIn> pendingById(long id) {
            return Optional.empty();
        }

        @Override
        public Page<PendingSignIn> pending(PageRequest page) {
            return new Page<>(List.copyOf(pending.values()), 0, 20, pending.size());
        }

        @Override
        public PendingSignIn add(PendingSignIn entry) {
            try {
                java.lang.reflect.Field id = PendingSignIn.class.getDeclaredField("id");
                id.setAccessible(true);
                id.set(entry, (long) (100 + pending.size())); // as the database's identity column would
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            pending.put(entry.subject(), entry);
            return entry;
        }

        @Override
        public List<String> administratorAddresses() {
            return administratorAddresses;
        }

        @Override
        public void remove(PendingSignIn entry) {
            pending.remove(entry.subject());
        }

        @Override
        public int removePendingSeenBefore(Instant cutoff) {
            int before = pending.size();
            pending.values().removeIf(p -> p.lastSeen().isBefore(cutoff));
            return before - pending.size();
        }

        @Override
        public void add(SignInTicket ticket) {
            tickets.put(hashOf(ticket), ticket);
        }

        private String hashOf(SignInTicket ticket) {
            try {
                java.lang.reflect.Field hash = SignInTicket.class.getDeclaredField("hash");
                hash.setAccessible(true);
                return (String) hash.get(ticket);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Optional<SignInTicket> take(String hash) {
            return Optional.ofNullable(tickets.remove(hash));
        }

        @Override
        public int removeTicketsExpiredBefore(Instant cutoff) {
            return 0;
        }
    }
}
