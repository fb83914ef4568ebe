package be.vierdepijler.core.user.domain;

import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import java.time.Instant;
import java.util.Optional;

/** Accounts by the provider's identity, the pending sign-ins and the one-time tickets of the OIDC sign-in. */
public interface ExternalSignInRepository {

    Optional<UserAccount> accountBySubject(String subject);

    /** The accounts with this e-mail address (case-insensitive); the caller decides what several mean. */
    java.util.List<UserAccount> accountsByEmail(String email);

    /** The e-mail addresses of the active administrators that have one: who hears of a new pending sign-in. */
    java.util.List<String> administratorAddresses();

    Optional<PendingSignIn> pendingBySubject(String subject);

    Optional<PendingSignIn> pendingById(long id);

    /** Newest attempt first. */
    Page<PendingSignIn> pending(PageRequest page);

    PendingSignIn add(PendingSignIn pending);

    void remove(PendingSignIn pending);

    /** Removes the pending entries last seen before {@code cutoff}; returns how many. */
    int removePendingSeenBefore(Instant cutoff);

    void add(SignInTicket ticket);

    /** Takes the ticket out (deleted, whether expired or not): a ticket can be taken only once. */
    Optional<SignInTicket> take(String hash);

    /** Removes the tickets that expired before {@code now}. */
    int removeTicketsExpiredBefore(Instant now);
}
