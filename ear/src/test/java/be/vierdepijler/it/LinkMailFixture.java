package be.vierdepijler.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * What {@link LinkMailIT} needs inside the server and no endpoint offers: a link mailed days ago (the reminder waits a
 * week), and the server without a mail server for a while (the system property the application reads first). Deployed
 * only in the ITs that need it, inside their WAR, behind the same sign-in as the API; never part of the application.
 */
@Path("test-fixtures/link-mail")
@RequestScoped
public class LinkMailFixture {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @PUT
    @Path("links/{id}/days-old")
    @Consumes(MediaType.TEXT_PLAIN)
    @Transactional
    public Response daysOld(@PathParam("id") long id, String days) {
        // Hibernate keeps an Instant as UTC wall-clock time in a timestamp column (as MailFixture does too)
        LocalDateTime then = LocalDateTime.ofInstant(Instant.now().minus(Duration.ofDays(Long.parseLong(days.strip()))),
                ZoneOffset.UTC);
        int rows = em.createNativeQuery("update confirmation_link set created_at = ? where id = ?")
                .setParameter(1, Timestamp.valueOf(then)).setParameter(2, id).executeUpdate();
        return Response.status(rows == 1 ? 204 : 404).build();
    }

    /** Sets the SMTP host the application sees (blank: none configured); answers the one it replaced. */
    @PUT
    @Path("smtp-host")
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, String> smtpHost(String host) {
        String before = System.getProperty("vp.smtp.host", "");
        System.setProperty("vp.smtp.host", host == null ? "" : host.strip());
        return Map.of("before", before);
    }
}
