package be.vierdepijler.web.api;

import be.vierdepijler.core.shared.Page;
import java.util.List;
import java.util.function.Function;

/**
 * One page of a collection as the API answers it.
 *
 * @param items      the items of this page
 * @param page       the zero-based page number
 * @param size       the page size asked for
 * @param totalItems how many items match over all pages
 * @param totalPages how many pages there are at this size
 */
public record PageDto<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public static <S, T> PageDto<T> of(Page<S> page, Function<? super S, ? extends T> mapper) {
        Page<T> mapped = page.map(mapper);
        return new PageDto<>(mapped.items(), mapped.page(), mapped.size(), mapped.totalItems(), mapped.totalPages());
    }
}
