package be.vierdepijler.it;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.imports.domain.ImportKind;
import be.vierdepijler.core.imports.domain.ImportRow;
import be.vierdepijler.core.imports.domain.RowProblem;
import be.vierdepijler.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The import path in miniature, as the import machinery will drive an {@link ImportKind}: check every row, and only
 * when none has a problem apply them all in one transaction. Deployed only in {@link FundingImportIT}'s copy of the
 * EAR, behind the same sign-in as the rest of the API; never part of the application.
 */
@Path("test-fixtures/imports/{kind}")
@RequestScoped
public class FundingImportFixture {

    @Inject
    @Any
    Instance<ImportKind> kinds;

    @Inject
    @SignedIn
    Instance<Caller> caller;

    /** The body: the rows, each a map of column to cell; lines are numbered from 2 as in a file. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Transactional
    public Response importRows(@PathParam("kind") String key, List<Map<String, String>> cells) {
        ImportKind kind = kinds.stream().filter(k -> k.key().equals(key)).findFirst().orElse(null);
        if (kind == null) {
            return Response.status(404).build();
        }
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            rows.add(new ImportRow(i + 2, cells.get(i)));
        }
        List<RowProblem> problems = kind.check(rows, caller.get());
        if (!problems.isEmpty()) {
            return Response.status(422).entity(problems.stream().map(p -> p.line() + ":" + p.column() + ":"
                    + p.code()).toList()).build();
        }
        return Response.ok(rows.stream().map(r -> kind.apply(r, caller.get()).name()).toList()).build();
    }
}
