package be.vierdepijler.web.api.imports;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.imports.application.Imports;
import be.vierdepijler.core.imports.domain.ImportColumn;
import be.vierdepijler.core.imports.domain.ImportFileException;
import be.vierdepijler.core.imports.domain.ImportFileReader;
import be.vierdepijler.core.imports.domain.ImportKind;
import be.vierdepijler.core.imports.domain.ImportRun;
import be.vierdepijler.core.imports.domain.ImportRuns;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.shared.table.Column;
import be.vierdepijler.core.shared.table.Report;
import be.vierdepijler.core.shared.table.Table;
import be.vierdepijler.web.api.PageDto;
import be.vierdepijler.web.api.QueryParameters;
import be.vierdepijler.web.api.problem.Problem;
import be.vierdepijler.web.api.table.DownloadFormat;
import be.vierdepijler.web.api.table.Reports;
import be.vierdepijler.web.security.BodyLimit;
import be.vierdepijler.web.security.SignedIn;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The one import path: organisations, offers, projects, municipality figures ... from CSV or XLSX (see
 * docs/imports.md). A file is checked as a whole and imported completely or not at all; a dry run does the same and
 * writes nothing.
 */
@Path("imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Import", description = "Organisaties, aanbod, projecten en cijfers uit CSV of XLSX")
public class ImportResource {

    /**
     * The most bytes an import file may hold: 10 MB, deliberately above every other request body of the API (this is
     * the only endpoint that takes a file), and the same as the reader's own limit.
     */
    static final int MAX_BODY = ImportFileReader.MAX_BYTES;

    @Inject
    Imports imports;

    @Inject
    @SignedIn
    Instance<Caller> caller;

    @GET
    @Path("kinds")
    @Operation(summary = "Wat je mag importeren, met de kolommen van elk soort bestand")
    public List<ImportKindDto> kinds() {
        return imports.importableBy(caller.get()).stream().map(ImportKindDto::of).toList();
    }

    @GET
    @Path("kinds/{kind}/template")
    @Produces({MediaType.APPLICATION_JSON, DownloadFormat.CSV_TYPE, DownloadFormat.XLSX_TYPE})
    @Operation(summary = "Een leeg bestand met de kolomnamen en één voorbeeldregel (format=csv of xlsx)")
    public Response template(@PathParam("kind") String kindKey, @QueryParam("format") String format,
                             @Context HttpHeaders headers) {
        QueryParameters parameters = new QueryParameters();
        DownloadFormat chosen = Reports.format(parameters, format, headers);
        parameters.check();
        ImportKind kind = imports.kindFor(caller.get(), kindKey);
        List<Column> columns = new ArrayList<>();
        List<Object> example = new ArrayList<>();
        for (ImportColumn c : kind.columns()) {
            columns.add(Column.text(c.name(), c.name()));
            example.add(c.example());
        }
        Table table = new Table(kind.key(), kind.label(), columns, List.of(example), null);
        LinkedHashMap<String, String> about = new LinkedHashMap<>();
        for (ImportColumn c : kind.columns()) {
            about.put(c.name() + (c.required() ? " (verplicht)" : ""), c.description());
        }
        return Reports.answer(new Report("import-" + kind.key(), "Import: " + kind.label(), about, List.of(table)),
                chosen, null);
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @BodyLimit(MAX_BODY)
    @Operation(summary = "Een bestand importeren (dryRun=true: alleen controleren); antwoordt 202 met de run")
    public Response start(@QueryParam("kind") String kind, @QueryParam("dryRun") String dryRun,
                          @HeaderParam("X-File-Name") String fileName, InputStream body) {
        QueryParameters parameters = new QueryParameters();
        if (QueryParameters.text(kind) == null) {
            parameters.add(new FieldViolation("kind", "required", "Kies wat je importeert: "
                    + String.join(", ", imports.importableBy(caller.get()).stream().map(ImportKind::key).toList())
                    + "."));
        }
        Boolean dry = parameters.bool("dryRun", dryRun);
        parameters.check();
        Caller me = caller.get();
        imports.kindFor(me, kind.strip());
        byte[] content;
        try {
            content = body == null ? new byte[0] : body.readNBytes(MAX_BODY + 1);
        } catch (IOException e) {
            throw new InvalidInputException("file", "unreadable", "Het bestand kwam niet volledig aan.");
        }
        if (content.length > MAX_BODY) {
            return tooLarge();
        }
        ImportRun run;
        try {
            run = imports.start(me, kind.strip(), name(fileName), content, dry != null && dry);
        } catch (ImportFileException e) {
            if (e.tooLarge()) {
                return Problem.of(e.code(), "Bestand te groot", Response.Status.REQUEST_ENTITY_TOO_LARGE,
                        e.getMessage()).toResponse();
            }
            throw new InvalidInputException("file", e.code(), e.getMessage());
        }
        return Response.accepted(ImportRunDto.of(run, true))
                .location(UriBuilder.fromResource(ImportResource.class).path("{id}").build(run.id())).build();
    }

    private static Response tooLarge() {
        return Problem.of("payload-too-large", "Aanvraag te groot", Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "Een importbestand mag hoogstens " + MAX_BODY / (1024 * 1024) + " MB groot zijn.").toResponse();
    }

    /** The file name as the browser sent it (URL-encoded, for names with accents), or null. */
    /**
     * The file's name as the client gave it (URL-encoded), reduced to what it is: a name to show, never a path, without
     * control characters (a NUL among them) or lone surrogates, at most 255 characters; null when nothing is left.
     */
    static String name(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String decoded;
        try {
            decoded = URLDecoder.decode(header, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            decoded = header;
        }
        String last = decoded.substring(Math.max(decoded.lastIndexOf('/'), decoded.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        last.codePoints().filter(c -> !Character.isISOControl(c) && !Character.isSurrogate((char) c)
                        || c > Character.MAX_VALUE)
                .forEach(clean::appendCodePoint);
        String name = clean.toString().strip();
        if (name.isEmpty()) {
            return null;
        }
        return name.length() <= 255 ? name : name.substring(0, 255);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Eén import: status, voortgang, aantallen en elk probleem (regel, kolom, reden)")
    public ImportRunDto get(@PathParam("id") String id) {
        return ImportRunDto.of(imports.get(caller.get(), QueryParameters.id(id, "import")), true);
    }

    @GET
    @Operation(summary = "Je recente imports, de nieuwste eerst (beheerders: alle)")
    public PageDto<ImportRunDto> list(@QueryParam("page") String page, @QueryParam("size") String size,
                                      @QueryParam("sort") String sort) {
        QueryParameters parameters = new QueryParameters();
        PageRequest request = parameters.page(page, size, sort, ImportRuns.SORTABLE, "newest");
        parameters.check();
        Caller me = caller.get();
        if (!me.isAdministrator() && imports.importableBy(me).isEmpty()) {
            throw new ForbiddenException("Je mag niets importeren.");
        }
        return PageDto.of(imports.find(me, request), r -> ImportRunDto.of(r, false));
    }
}
