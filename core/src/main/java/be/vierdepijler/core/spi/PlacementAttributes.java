package be.vierdepijler.core.spi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The attributes of a placement after the {@link PlacementValidator} read them against the type's schema: only fields
 * whose value was valid, each as its Java type (TEXT, CHOICE and REFERENCE as {@link String}, NUMBER as
 * {@link BigDecimal}, DATE as {@link LocalDate}, BOOLEAN as {@link Boolean}; a multiple field as a {@link List}). A
 * type's own rules read them here, so they never parse JSON themselves. Immutable.
 */
public final class PlacementAttributes {

    private final Map<String, Object> values;

    public PlacementAttributes(Map<String, ?> values) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static PlacementAttributes empty() {
        return new PlacementAttributes(Map.of());
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    /** A TEXT, CHOICE or REFERENCE value. */
    public Optional<String> text(String name) {
        return typed(name, String.class);
    }

    public Optional<BigDecimal> number(String name) {
        return typed(name, BigDecimal.class);
    }

    public Optional<LocalDate> date(String name) {
        return typed(name, LocalDate.class);
    }

    public Optional<Boolean> bool(String name) {
        return typed(name, Boolean.class);
    }

    /** The items of a multiple field; empty when absent. */
    @SuppressWarnings("unchecked")
    public <T> List<T> list(String name, Class<T> itemType) {
        Object value = values.get(name);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list) || !list.stream().allMatch(itemType::isInstance)) {
            throw new IllegalArgumentException("attribute " + name + " is no list of " + itemType.getSimpleName());
        }
        return (List<T>) list;
    }

    /** Every valid value, in schema order: what core stores as the placement's attributes. */
    public Map<String, Object> asMap() {
        return values;
    }

    private <T> Optional<T> typed(String name, Class<T> type) {
        Object value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (!type.isInstance(value)) {
            throw new IllegalArgumentException("attribute " + name + " is a " + value.getClass().getSimpleName()
                    + ", not a " + type.getSimpleName());
        }
        return Optional.of(type.cast(value));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlacementAttributes other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
