package be.vierdepijler.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Timestamp;
import java.time.LocalDate;

/**
 * Test data from the past, which the API rightly cannot make: a trajectory that closed on a given day, a buddy whose
 * record nobody touched since a given day. Deployed only in {@link RetentionIT}'s copy of the EAR (inside its WAR),
 * behind the same sign-in as the rest of the API; never part of the application.
 */
@Path("test-fixtures")
@RequestScoped
public class RetentionFixture {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @PUT
    @Path("trajectories/{id}/ended-on")
    @Consumes(MediaType.TEXT_PLAIN)
    @Transactional
    public Response trajectoryEndedOn(@PathParam("id") long id, String day) {
        return updated(em.createNativeQuery("update trajectory set ended_on = ? where id = ? and ended_on is not null")
                .setParameter(1, LocalDate.parse(day.strip())).setParameter(2, id).executeUpdate());
    }

    @PUT
    @Path("buddies/{id}/updated-on")
    @Consumes(MediaType.TEXT_PLAIN)
    @Transactional
    public Response buddyUpdatedOn(@PathParam("id") long id, String day) {
        return updated(em.createNativeQuery("update buddy set updated_at = ? where id = ?")
                .setParameter(1, Timestamp.valueOf(LocalDate.parse(day.strip()).atTime(12, 0)))
                .setParameter(2, id).executeUpdate());
    }

    private static Response updated(int rows) {
        return Response.status(rows == 1 ? 204 : 404).build();
    }
}
