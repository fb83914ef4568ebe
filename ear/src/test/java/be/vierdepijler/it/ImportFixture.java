package be.vierdepijler.it;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.imports.domain.ImportKind;
import be.vierdepijler.core.imports.domain.ImportRow;
import be.vierdepijler.core.imports.domain.RowOutcome;
import be.vierdepijler.core.imports.domain.RowProblem;
import be.vierdepijler.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for the import path (built elsewhere) as far as {@link AllocationIT} needs it: reads a semicolon-separated
 * text into {@link ImportRow}s, calls the {@link ImportKind} bean's {@code check} on every row and, only when no row has
 * a problem, its {@code apply} row by row in one transaction, as the import path's contract says. Deployed only in
 * AllocationIT's copy of the EAR (inside its WAR), behind the same sign-in as the rest of the API.
 */
@Path("test-fixtures")
@RequestScoped
public class ImportFixture {

    @Inject
    @Any
    Instance<ImportKind> kinds;

    @Inject
    @SignedIn
    Instance<Caller> caller;

    @PersistenceContext(unitName = "regions")
    EntityManager em;

    @POST
    @Path("imports/{kind}")
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public Response importText(@PathParam("kind") String key, String text) {
        ImportKind kind = kinds.stream().filter(k -> k.key().equals(key)).findFirst().orElse(null);
        if (kind == null) {
            return Response.status(404).build();
        }
        Caller me = caller.get();
        if (!kind.mayImport(me)) {
            return Response.status(403).build();
        }
        String[] lines = text.strip().split("\r?\n");
        String[] header = lines[0].split(";", -1);
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(";", -1);
            Map<String, String> values = new HashMap<>();
            for (int c = 0; c < header.length && c < cells.length; c++) {
                values.put(header[c].strip(), cells[c]);
            }
            rows.add(new ImportRow(i + 1, values));
        }
        List<RowProblem> problems = kind.check(rows, me);
        if (!problems.isEmpty()) {
            return Response.status(400).entity(Map.of("problems", problems)).build();
        }
        Map<RowOutcome, Integer> outcomes = new EnumMap<>(RowOutcome.class);
        for (RowOutcome outcome : RowOutcome.values()) {
            outcomes.put(outcome, 0);
        }
        for (ImportRow row : rows) {
            outcomes.merge(kind.apply(row, me), 1, Integer::sum);
        }
        return Response.ok(Map.of("created", outcomes.get(RowOutcome.CREATED), "updated",
                outcomes.get(RowOutcome.UPDATED), "unchanged", outcomes.get(RowOutcome.UNCHANGED))).build();
    }

    /** Removes the figures of a year, so that a rerun on a kept database starts from none. */
    @DELETE
    @Path("municipality-figures/{year}")
    @Transactional
    public Response deleteFigures(@PathParam("year") int year) {
        em.createNativeQuery("delete from municipality_figure where figure_year = ?").setParameter(1, year)
                .executeUpdate();
        return Response.noContent().build();
    }
}
