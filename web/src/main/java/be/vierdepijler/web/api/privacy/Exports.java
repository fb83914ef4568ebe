package be.vierdepijler.web.api.privacy;

import be.vierdepijler.core.privacy.application.PersonalDataExport;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** The answer to an export of one person's data: one JSON document, offered as a file to save. */
public final class Exports {

    private Exports() {
    }

    /** {@code {kind, id, exportedAt, exportedBy, <the holder's sections>, changes, reads, erasures}}. */
    public static Response attachment(PersonalDataExport export, String fileName) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", export.kind());
        body.put("id", export.id());
        body.put("exportedAt", export.exportedAt());
        body.put("exportedBy", export.exportedBy());
        body.putAll(export.sections());
        return Response.ok(body).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
