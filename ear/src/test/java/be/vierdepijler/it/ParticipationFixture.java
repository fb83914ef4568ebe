package be.vierdepijler.it;

import be.vierdepijler.core.participation.application.RequestLimits;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.sql.Timestamp;
import java.time.LocalDate;

/**
 * What {@link ParticipationRequestsIT} needs to see and set inside the server: the per-address limit (a system
 * property the application reads on every request), the attempts the database counted for the caller's own address,
 * how many requests carry a first name, and a request untouched since a day long ago. Deployed only in that test's copy of the EAR, behind the API's sign-in.
 */
@Path("test-fixtures/participation")
@RequestScoped
public class ParticipationFixture {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Context
    HttpServletRequest http;

    @PUT
    @Path("limit")
    @Consumes(MediaType.TEXT_PLAIN)
    public Response limit(String perAddress) {
        System.setProperty("vp.participation.per-address-per-hour", perAddress.strip());
        return Response.noContent().build();
    }

    @GET
    @Path("attempts")
    @Produces(MediaType.TEXT_PLAIN)
    public String attempts() {
        return String.valueOf(((Number) em.createNativeQuery("select count(*) from participation_attempt"
                + " where address_hash = ?").setParameter(1, RequestLimits.hash(http.getRemoteAddr()))
                .getSingleResult()).longValue());
    }

    @DELETE
    @Path("attempts")
    @Transactional
    public Response forgetAttempts() {
        em.createNativeQuery("delete from participation_attempt where address_hash = ?")
                .setParameter(1, RequestLimits.hash(http.getRemoteAddr())).executeUpdate();
        return Response.noContent().build();
    }

    @PUT
    @Path("requests/{id}/updated-on")
    @Consumes(MediaType.TEXT_PLAIN)
    @Transactional
    public Response updatedOn(@PathParam("id") long id, String day) {
        int rows = em.createNativeQuery("update participation_request set updated_at = ? where id = ?")
                .setParameter(1, Timestamp.valueOf(LocalDate.parse(day.strip()).atTime(12, 0))).setParameter(2, id)
                .executeUpdate();
        return Response.status(rows == 1 ? 204 : 404).build();
    }

    @GET
    @Path("requests")
    @Produces(MediaType.TEXT_PLAIN)
    public String requests(@QueryParam("firstName") String firstName) {
        return String.valueOf(((Number) em.createNativeQuery("select count(*) from participation_request"
                + " where first_name = ?").setParameter(1, firstName).getSingleResult()).longValue());
    }
}
