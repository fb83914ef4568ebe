package be.vierdepijler.web.api.table;

import be.vierdepijler.core.shared.table.Report;
import be.vierdepijler.core.shared.table.Table;
import be.vierdepijler.web.api.PageDto;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a list ({@link PageDto}) as a CSV or XLSX download (see {@link ListDownloads}): its items as a
 * {@link ListTables table}, the file named after the list ({@code organisations.csv}), the filters on the XLSX sheet
 * "Over dit rapport", and {@code X-Truncated}/{@code X-Total-Items} when the list was longer than
 * {@link ListDownloads#MAX_ROWS}.
 */
@Provider
@Produces({DownloadFormat.CSV_TYPE, DownloadFormat.XLSX_TYPE})
public class PageFiles implements MessageBodyWriter<PageDto<?>> {

    @Context
    UriInfo uri;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return PageDto.class.isAssignableFrom(type) && (mediaType.isCompatible(MediaType.valueOf(DownloadFormat
                .CSV_TYPE)) || mediaType.isCompatible(MediaType.valueOf(DownloadFormat.XLSX_TYPE)));
    }

    @Override
    public void writeTo(PageDto<?> page, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out)
            throws IOException {
        List<String> segments = uri.getPathSegments().stream().map(s -> s.getPath()).filter(s -> !s.isBlank())
                .toList();
        String list = segments.isEmpty() ? "list" : segments.get(segments.size() - 1);
        Class<?> itemType = ListTables.itemType(genericType);
        if (itemType == null && !page.items().isEmpty()) {
            itemType = page.items().get(0).getClass();
        }
        Table table = itemType == null || !itemType.isRecord()
                ? new Table(list, ListTables.title(list), List.of(be.vierdepijler.core.shared.table.Column.text("id",
                "id")), List.of(), null)
                : ListTables.table(list, itemType, page.items());
        Map<String, String> filters = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (!name.equals("format") && !name.equals("page") && !name.equals("size")) {
                filters.put(name, String.join(", ", values));
            }
        });
        boolean truncated = page.totalItems() > page.items().size();
        filters.put("Rijen", page.items().size() + (truncated ? " van " + page.totalItems() + " (afgekapt op "
                + ListDownloads.MAX_ROWS + ")" : ""));
        boolean csv = mediaType.isCompatible(MediaType.valueOf(DownloadFormat.CSV_TYPE));
        DownloadFormat format = csv ? DownloadFormat.CSV : DownloadFormat.XLSX;
        headers.putSingle("Content-Disposition", "attachment; filename=\"" + list.replaceAll("[^A-Za-z0-9.-]", "-")
                + "." + format.extension() + "\"");
        headers.putSingle("X-Total-Items", String.valueOf(page.totalItems()));
        if (truncated) {
            headers.putSingle("X-Truncated", "true");
        }
        if (csv) {
            headers.putSingle("Content-Type", DownloadFormat.CSV_TYPE + "; charset=UTF-8");
            TableFiles.csv(table, out);
        } else {
            TableFiles.xlsx(new Report(list, table.title(), filters, List.of(table)), out);
        }
    }
}
