package be.vierdepijler.core.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a collection, as the database returned it, with the total count of the whole (filtered) collection.
 *
 * @param items      the items on this page, at most {@code size}
 * @param page       the zero-based page number
 * @param size       the requested page size
 * @param totalItems how many items match the filter over all pages
 */
public record Page<T>(List<T> items, int page, int size, long totalItems) {

    public Page {
        items = List.copyOf(items);
    }

    public static <T> Page<T> of(List<T> items, PageRequest request, long totalItems) {
        return new Page<>(items, request.page(), request.size(), totalItems);
    }

    public long totalPages() {
        return size == 0 ? 0 : (totalItems + size - 1) / size;
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, totalItems);
    }
}
