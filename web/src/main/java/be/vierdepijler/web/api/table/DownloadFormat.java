package be.vierdepijler.web.api.table;

import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.web.api.QueryParameters;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * The three forms in which a report or list leaves the application, and the one a request asks for: {@code format=}
 * wins ({@code json}, {@code csv}, {@code xlsx}); without it, the first of the Accept header's types that matches (a
 * wildcard or anything else means JSON).
 */
public enum DownloadFormat {
    JSON(MediaType.APPLICATION_JSON, "json"),
    CSV(DownloadFormat.CSV_TYPE, "csv"),
    XLSX(DownloadFormat.XLSX_TYPE, "xlsx");

    /** The media type of a CSV download. */
    public static final String CSV_TYPE = "text/csv";
    /** The media type of an Excel workbook (Office Open XML). */
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final String mediaType;
    private final String extension;

    DownloadFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /**
     * The format a request asks for. An unknown {@code format=} value is added to {@code parameters} as a violation
     * (the caller's {@link QueryParameters#check()} answers it with a 400 at the field).
     */
    public static DownloadFormat of(String format, HttpHeaders headers, QueryParameters parameters) {
        if (format != null) {
            for (DownloadFormat f : values()) {
                if (f.extension.equals(format)) {
                    return f;
                }
            }
            parameters.add(new FieldViolation("format", "unknown-format", "Kies json, csv of xlsx, niet '" + format
                    + "'."));
            return JSON;
        }
        List<MediaType> acceptable = headers.getAcceptableMediaTypes();
        for (MediaType type : acceptable) {
            if (type.isWildcardType() || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return JSON;
            }
            for (DownloadFormat f : values()) {
                if (type.isCompatible(MediaType.valueOf(f.mediaType))) {
                    return f;
                }
            }
        }
        return JSON;
    }
}
