package be.vierdepijler.core.user.infrastructure.jpa;

import be.vierdepijler.core.access.Role;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.user.domain.ExternalSignInRepository;
import be.vierdepijler.core.user.domain.PendingSignIn;
import be.vierdepijler.core.user.domain.SignInTicket;
import be.vierdepijler.core.user.domain.UserAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The OIDC sign-in's accounts, pending entries and tickets in the database. */
@ApplicationScoped
public class JpaExternalSignInRepository implements ExternalSignInRepository {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    public List<String> administratorAddresses() {
        return em.createQuery("select distinct u.email from UserAccount u where u.role = :role and u.active = true"
                        + " and u.email is not null order by u.email", String.class)
                .setParameter("role", Role.ADMINISTRATOR).getResultList();
    }

    @Override
    public Optional<UserAccount> accountBySubject(String subject) {
        return em.createQuery("select u from UserAccount u where u.oidcSubject = :s", UserAccount.class)
                .setParameter("s", subject).getResultStream().findFirst();
    }

    @Override
    public List<UserAccount> accountsByEmail(String email) {
        return em.createQuery("select u from UserAccount u where lower(u.email) = :e", UserAccount.class)
                .setParameter("e", email.strip().toLowerCase(Locale.ROOT)).getResultList();
    }

    @Override
    public Optional<PendingSignIn> pendingBySubject(String subject) {
        return em.createQuery("select p from PendingSignIn p where p.subject = :s", PendingSignIn.class)
                .setParameter("s", subject).getResultStream().findFirst();
    }

    @Override
    public Optional<PendingSignIn> pendingById(long id) {
        return Optional.ofNullable(em.find(PendingSignIn.class, id));
    }

    @Override
    public Page<PendingSignIn> pending(PageRequest page) {
        List<PendingSignIn> items = em.createQuery("select p from PendingSignIn p order by p.lastSeen desc, p.id desc",
                        PendingSignIn.class)
                .setFirstResult(page.page() * page.size()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("select count(p) from PendingSignIn p", Long.class).getSingleResult();
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Override
    public PendingSignIn add(PendingSignIn pending) {
        em.persist(pending);
        em.flush();
        return pending;
    }

    @Override
    public void remove(PendingSignIn pending) {
        em.remove(pending);
    }

    @Override
    public int removePendingSeenBefore(Instant cutoff) {
        return em.createQuery("delete from PendingSignIn p where p.lastSeen < :c").setParameter("c", cutoff)
                .executeUpdate();
    }

    @Override
    public void add(SignInTicket ticket) {
        em.persist(ticket);
    }

    @Override
    public Optional<SignInTicket> take(String hash) {
        SignInTicket ticket = em.find(SignInTicket.class, hash, LockModeType.PESSIMISTIC_WRITE);
        if (ticket == null) {
            return Optional.empty();
        }
        em.remove(ticket);
        // flushed now: of two requests with one ticket, the second finds no row (or waits for the lock, then none)
        em.flush();
        return Optional.of(ticket);
    }

    @Override
    public int removeTicketsExpiredBefore(Instant now) {
        return em.createQuery("delete from SignInTicket t where t.expiresAt < :n").setParameter("n", now)
                .executeUpdate();
    }
}
