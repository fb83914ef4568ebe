package be.vierdepijler.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * What {@link ProgressLinksIT} needs inside the server and no endpoint offers: a progress link that expired a minute
 * ago (it works for half a year). Deployed only in the ITs that name it, behind the same sign-in as the API.
 */
@Path("test-fixtures/progress-links")
@RequestScoped
public class ProgressLinkFixture {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @PUT
    @Path("{id}/expired")
    @Transactional
    public Response expired(@PathParam("id") long id) {
        // Hibernate keeps an Instant as UTC wall-clock time in a timestamp column (as LinkMailFixture does too)
        LocalDateTime then = LocalDateTime.ofInstant(Instant.now().minus(Duration.ofMinutes(1)), ZoneOffset.UTC);
        int rows = em.createNativeQuery("update progress_link set expires_at = ? where id = ?")
                .setParameter(1, Timestamp.valueOf(then)).setParameter(2, id).executeUpdate();
        return Response.status(rows == 1 ? 204 : 404).build();
    }
}
