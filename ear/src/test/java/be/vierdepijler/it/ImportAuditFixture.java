package be.vierdepijler.it;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * For {@link ImportIT}: what the database holds of the organisations whose name starts with {@code prefix}, and of
 * their audit trail (Envers' {@code organisation_aud} and {@code organisation_contact_aud}), which no endpoint shows.
 * Deployed only in ImportIT's copy of the EAR (inside its WAR), behind the same sign-in as the rest of the API.
 */
@Path("test-fixtures/import-audit")
@RequestScoped
public class ImportAuditFixture {

    @PersistenceContext(unitName = "regions")
    EntityManager em;

    /**
     * {@code organisations}: rows in {@code organisation}; {@code added} and {@code modified}: audit rows of
     * organisations created (revtype 0) and changed (revtype 1); {@code addRevisions} and {@code modRevisions}: how
     * many revisions those are in; {@code contactsAdded}: audit rows of their contact persons created.
     */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Long> counts(@QueryParam("prefix") String prefix) {
        String like = prefix.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put("organisations", count("select count(*) from organisation where name like ?1 escape '!'", like));
        counts.put("added", count("select count(*) from organisation_aud where revtype = 0 and name like ?1"
                + " escape '!'", like));
        counts.put("addRevisions", count("select count(distinct rev) from organisation_aud where revtype = 0"
                + " and name like ?1 escape '!'", like));
        counts.put("modified", count("select count(*) from organisation_aud where revtype = 1 and name like ?1"
                + " escape '!'", like));
        counts.put("modRevisions", count("select count(distinct rev) from organisation_aud where revtype = 1"
                + " and name like ?1 escape '!'", like));
        counts.put("contactsAdded", count("select count(*) from organisation_contact_aud c where c.revtype = 0"
                + " and c.organisation_id in (select a.id from organisation_aud a where a.name like ?1 escape '!')",
                like));
        return counts;
    }

    private long count(String sql, String like) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, like).getSingleResult()).longValue();
    }
}
