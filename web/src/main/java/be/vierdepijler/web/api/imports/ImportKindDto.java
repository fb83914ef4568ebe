package be.vierdepijler.web.api.imports;

import be.vierdepijler.core.imports.domain.ImportColumn;
import be.vierdepijler.core.imports.domain.ImportKind;
import java.util.List;

/** A kind of record a caller may import, with the columns of its files. */
public record ImportKindDto(String key, String label, List<ColumnDto> columns) {

    /** One column: the header as a file carries it, whether every row needs it, what it holds, an example. */
    public record ColumnDto(String name, boolean required, String description, String example) {
    }

    public static ImportKindDto of(ImportKind kind) {
        return new ImportKindDto(kind.key(), kind.label(), kind.columns().stream().map(ImportKindDto::column)
                .toList());
    }

    private static ColumnDto column(ImportColumn c) {
        return new ColumnDto(c.name(), c.required(), c.description(), c.example());
    }
}
