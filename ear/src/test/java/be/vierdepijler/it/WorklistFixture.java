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
import java.time.Instant;
import java.time.LocalDate;

/**
 * Worklist data from the past, which the API rightly cannot make: a trajectory opened (and started) weeks ago, hours
 * worked on a day long gone, hours reported days ago. Deployed only in {@link WorklistIT}'s and WorklistPageIT's copy of
 * the EAR (inside its WAR), behind the same sign-in as the rest of the API, as {@link RetentionFixture} is; never part
 * of the application. Instants go through the entity's mapping, so they are stored as the application stores them.
 */
@Path("test-fixtures/worklist")
@RequestScoped
public class WorklistFixture {

    @PersistenceContext(unitName = "core")
    EntityManager em;

    /** The trajectory was opened on that day, and started then too when it was started. */
    @PUT
    @Path("trajectories/{id}/opened-on")
    @Consumes(MediaType.TEXT_PLAIN)
    @Transactional
    public Response openedOn(@PathParam("id") long id, String day) {
        LocalDate on = LocalDate.parse(day.strip());
        em.createNativeQuery("update trajectory set started_on = ? where id = ? and started_on is not null")
                .setParameter(1, on).setParameter(2, id).executeUpdate();
        return updated(em.createNativeQuery("update trajectory set opened_on = ? where id = ?")
                .setParameter(1, on).setParameter(2, id).executeUpdate());
    }

    /** The hours were worked on that day. */
    @PUT
    @Path("hours/{id}/date")
    @Consumes(MediaType.TEXT_PLAIN)
    @Transactional
    public Response workedOn(@PathParam("id") long id, String day) {
        // a confirmed entry's hours move to the other month in the figures' roll-up too (docs/adr/0018)
        rollupChange(id, "-");
        int rows = em.createNativeQuery("update hour_entry set work_date = ? where id = ?")
                .setParameter(1, LocalDate.parse(day.strip())).setParameter(2, id).executeUpdate();
        rollupChange(id, "");
        return updated(rows);
    }

    private void rollupChange(long entryId, String sign) {
        em.createNativeQuery("insert into hour_rollup_change (network_id, municipality_nis, worked_month, type_id,"
                + " reporting_category, hours) select t.network_id, t.municipality_nis,"
                + " cast(date_trunc('month', e.work_date) as date), p.type_id, e.reporting_category, " + sign
                + "e.hours from hour_entry e join trajectory t on t.id = e.trajectory_id"
                + " join placement p on p.id = e.placement_id where e.id = ? and e.status = 'CONFIRMED'")
                .setParameter(1, entryId).executeUpdate();
    }

    /** The hours were reported at that moment ({@code 2026-11-25T10:00:00Z}). */
    @PUT
    @Path("hours/{id}/reported-at")
    @Consumes(MediaType.TEXT_PLAIN)
    @Transactional
    public Response reportedAt(@PathParam("id") long id, String instant) {
        return updated(em.createQuery("update HourEntry e set e.reportedAt = :at where e.id = :id")
                .setParameter("at", Instant.parse(instant.strip())).setParameter("id", id).executeUpdate());
    }

    private static Response updated(int rows) {
        return Response.status(rows == 1 ? 204 : 404).build();
    }
}
