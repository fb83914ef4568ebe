package be.vierdepijler.it;

import be.vierdepijler.core.mail.application.MailDispatcher;
import be.vierdepijler.core.mail.application.Outbox;
import be.vierdepijler.core.mail.application.QueuedMail;
import be.vierdepijler.core.mail.domain.MailState;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@link MailIT} needs inside the server, which no endpoint of the application offers (none writes a mail yet,
 * and none should leave a mail behind as a dead node does): a business transaction that writes a mail through
 * {@link Outbox#enqueue} (and one that rolls back), a write while SMTP is not configured, rows as a crashed node or an
 * outage leaves them, a dispatcher run on demand, and the row's body. Deployed only in MailIT's copy of the EAR (inside
 * its WAR), behind the same sign-in as the rest of the API; never part of the application.
 */
@Path("test-fixtures/mails")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MailFixture {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    MailDispatcher dispatcher;

    /** A business transaction that writes one mail; with {@code rollback=true} it fails after writing it. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Map<String, Object> enqueue(@FormParam("kind") String kind, @FormParam("reference") String reference,
                                       @FormParam("recipient") String recipient, @FormParam("subject") String subject,
                                       @FormParam("body") String body, @FormParam("rollback") boolean rollback) {
        QueuedMail mail = outbox.enqueue(kind, reference, recipient, subject, body);
        if (rollback) {
            throw new WebApplicationException("the business change failed after the mail was written", 409);
        }
        return Map.of("id", mail.id(), "status", mail.status().code(), "willBeSent", mail.willBeSent());
    }

    /** The same while no SMTP server is configured (the system property vp.smtp.host blank for this call). */
    @POST
    @Path("without-smtp")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Map<String, Object> enqueueWithoutSmtp(@FormParam("kind") String kind,
                                                  @FormParam("reference") String reference,
                                                  @FormParam("recipient") String recipient,
                                                  @FormParam("subject") String subject,
                                                  @FormParam("body") String body) {
        String host = System.getProperty("vp.smtp.host");
        System.setProperty("vp.smtp.host", "");
        try {
            boolean configured = outbox.smtpConfigured();
            QueuedMail mail = outbox.enqueue(kind, reference, recipient, subject, body);
            return Map.of("id", mail.id(), "status", mail.status().code(), "willBeSent", mail.willBeSent(),
                    "smtpConfigured", configured);
        } finally {
            System.setProperty("vp.smtp.host", host);
        }
    }

    /**
     * A row as the outbox holds it after a crash or an outage: {@code sending} claimed until {@code claimedSeconds}
     * from now (negative: the claim ran out, the node died mid-send) with one attempt made, or {@code queued} and due
     * (with no hand-off: the node stopped before its commit's hand-off ran).
     */
    @POST
    @Path("left-behind")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Transactional
    public Map<String, Object> leftBehind(@FormParam("status") String status, @FormParam("kind") String kind,
                                          @FormParam("reference") String reference,
                                          @FormParam("recipient") String recipient,
                                          @FormParam("subject") String subject, @FormParam("body") String body,
                                          @FormParam("claimedSeconds") int claimedSeconds) {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        boolean sending = status.equals("sending");
        // A queued row has no claim: the column is left out rather than bound to an untyped null.
        Query insert = em.createNativeQuery("insert into mail_outbox (kind, reference, recipient, subject, body,"
                        + " status, attempts, next_attempt_at, created_at, claimed_until) values (?, ?, ?, ?, ?, ?, ?,"
                        + " ?, ?, " + (sending ? "?" : "null") + ")")
                .setParameter(1, kind).setParameter(2, reference).setParameter(3, recipient)
                .setParameter(4, subject).setParameter(5, body).setParameter(6, sending ? "sending" : "queued")
                .setParameter(7, sending ? 1 : 0).setParameter(8, now.minusMinutes(10))
                .setParameter(9, now.minusMinutes(10));
        if (sending) {
            insert.setParameter(10, now.plusSeconds(claimedSeconds));
        }
        insert.executeUpdate();
        Number id = (Number) em.createNativeQuery("select max(id) from mail_outbox where reference = ?")
                .setParameter(1, reference).getSingleResult();
        return Map.of("id", id.longValue());
    }

    /** One scheduled run, now: how many mails it sent. */
    @POST
    @Path("dispatch-runs")
    public Map<String, Object> dispatch() {
        return Map.of("sent", dispatcher.dispatchDue());
    }

    /** {@link Outbox#status} of a reference, and whether the row still keeps its body; 404 when none. */
    @GET
    public Response state(@QueryParam("reference") String reference) {
        return outbox.status(reference).map(this::describe).map(Response::ok).orElse(Response.status(404))
                .build();
    }

    private Map<String, Object> describe(MailState mail) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("id", mail.id());
        state.put("status", mail.status().code());
        state.put("attempts", mail.attempts());
        state.put("lastError", mail.lastError());
        state.put("nextAttemptAt", mail.nextAttemptAt() == null ? null : mail.nextAttemptAt().toString());
        state.put("sentAt", mail.sentAt() == null ? null : mail.sentAt().toString());
        state.put("hasBody", body(mail.id()) != null);
        return state;
    }

    private Object body(long id) {
        return em.createNativeQuery("select body from mail_outbox where id = ?").setParameter(1, id)
                .getSingleResult();
    }

    /** The statuses of several references at once ({@link Outbox#statuses}). */
    @GET
    @Path("statuses")
    public Map<String, String> statuses(@QueryParam("reference") java.util.List<String> references) {
        Map<String, String> statuses = new LinkedHashMap<>();
        outbox.statuses(references).forEach((reference, mail) -> statuses.put(reference, mail.status().code()));
        return statuses;
    }

    /** Drops every mail of a kind (a test's own), e.g. to leave no queued ones behind for later tests. */
    @POST
    @Path("kinds/{kind}/removal")
    @Transactional
    public Map<String, Object> remove(@PathParam("kind") String kind) {
        return Map.of("removed", em.createNativeQuery("delete from mail_outbox where kind = ?")
                .setParameter(1, kind).executeUpdate());
    }
}
