package be.vierdepijler.web.api.table;

import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.table.Report;
import be.vierdepijler.core.shared.table.Table;
import be.vierdepijler.web.api.QueryParameters;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * Answers a {@link Report} in the form the request asks for (see {@link DownloadFormat}): JSON as {@link ReportDto},
 * or a file download (CSV of one table, {@code table=} naming which; XLSX of all). A resource method that reports
 * declares {@code @Produces({APPLICATION_JSON, DownloadFormat.CSV_TYPE, DownloadFormat.XLSX_TYPE})}, reads
 * {@code format} and {@code table} as query parameters, and ends with {@code return Reports.answer(...)}.
 */
public final class Reports {

    private Reports() {
    }

    /**
     * Decides the format first (call before the work, so that a bad {@code format=} is refused with the other
     * parameters).
     */
    public static DownloadFormat format(QueryParameters parameters, String format, HttpHeaders headers) {
        return DownloadFormat.of(QueryParameters.text(format), headers, parameters);
    }

    /**
     * @param tableKey the table of a CSV download, or null for the first; an unknown key is a 400 at {@code table}
     */
    public static Response answer(Report report, DownloadFormat format, String tableKey) {
        return switch (format) {
            case JSON -> Response.ok(ReportDto.of(report), MediaType.APPLICATION_JSON_TYPE).build();
            case CSV -> {
                Table table = report.table(QueryParameters.text(tableKey)).orElseThrow(() -> {
                    QueryParameters p = new QueryParameters();
                    p.add(new FieldViolation("table", "unknown-table", "Dit rapport heeft geen tabel '" + tableKey
                            + "'; kies uit " + report.tables().stream().map(Table::key).toList() + "."));
                    p.check();
                    return new IllegalStateException("unreachable");
                });
                String name = report.tables().size() == 1 ? report.key() : report.key() + "-" + table.key();
                yield file((StreamingOutput) out -> TableFiles.csv(table, out), format, name);
            }
            case XLSX -> file((StreamingOutput) out -> TableFiles.xlsx(report, out), format, report.key());
        };
    }

    private static Response file(StreamingOutput body, DownloadFormat format, String name) {
        String type = format == DownloadFormat.CSV ? format.mediaType() + "; charset=UTF-8" : format.mediaType();
        return Response.ok(body, type)
                .header("Content-Disposition", "attachment; filename=\"" + safe(name) + "." + format.extension() + "\"")
                .build();
    }

    /** A file name of letters, digits, dashes and dots only. */
    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9.-]", "-");
    }
}
