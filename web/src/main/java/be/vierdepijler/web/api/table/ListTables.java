package be.vierdepijler.web.api.table;

import be.vierdepijler.core.shared.table.Column;
import be.vierdepijler.core.shared.table.Table;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the items of a list (the records the JSON list answers) into a {@link Table}, for every list alike: each record
 * component is a column, a nested record's components are columns too ({@code contact.email}), a list of values is one
 * cell with the values separated by {@code |}. The Dutch headers come from one place, {@code list-columns.properties}
 * beside this class, keyed by the column's path (a list may override one as {@code <list>.<path>}); technical
 * components ({@link #SKIPPED}) are left out.
 */
public final class ListTables {

    /** Components that mean nothing in a file. */
    static final Set<String> SKIPPED = Set.of("version", "manageable", "approvable");

    private static final Properties LABELS = labels();
    private static final int MAX_DEPTH = 2;

    private ListTables() {
    }

    /** A column and how to read it from an item. */
    record Field(String path, Method[] accessors, Column.Kind kind, boolean joined) {
    }

    private static Properties labels() {
        Properties p = new Properties();
        try (InputStream in = ListTables.class.getResourceAsStream("list-columns.properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /** The Dutch header of a column of this list, or null when there is none. */
    static String label(String list, String path) {
        String own = LABELS.getProperty(list + "." + path);
        return own != null ? own : LABELS.getProperty(path);
    }

    /** The Dutch title of a list, e.g. {@code Organisaties}. */
    static String title(String list) {
        return LABELS.getProperty("list." + list, list);
    }

    /** The columns of a list of these items, in the order of the record's components. */
    static List<Field> fields(Class<?> itemType) {
        List<Field> fields = new ArrayList<>();
        collect(itemType, "", new Method[0], fields, 0);
        return fields;
    }

    private static void collect(Class<?> type, String prefix, Method[] chain, List<Field> fields, int depth) {
        for (RecordComponent component : type.getRecordComponents()) {
            if (SKIPPED.contains(component.getName())) {
                continue;
            }
            String path = prefix + component.getName();
            Method[] accessors = append(chain, component.getAccessor());
            Class<?> c = component.getType();
            if (c.isRecord() && depth < MAX_DEPTH) {
                collect(c, path + ".", accessors, fields, depth + 1);
            } else if (Collection.class.isAssignableFrom(c)) {
                fields.add(new Field(path, accessors, Column.Kind.TEXT, true));
            } else if (!Map.class.isAssignableFrom(c) && !c.isRecord()) {
                fields.add(new Field(path, accessors, kind(c), false));
            }
        }
    }

    private static Method[] append(Method[] chain, Method accessor) {
        Method[] longer = java.util.Arrays.copyOf(chain, chain.length + 1);
        longer[chain.length] = accessor;
        return longer;
    }

    private static Column.Kind kind(Class<?> c) {
        if (c == int.class || c == long.class || c == short.class || c == Integer.class || c == Long.class
                || c == Short.class) {
            return Column.Kind.INTEGER;
        }
        if (c == BigDecimal.class || c == double.class || c == float.class || c == Double.class
                || c == Float.class) {
            return Column.Kind.DECIMAL;
        }
        if (c == LocalDate.class) {
            return Column.Kind.DATE;
        }
        if (c == boolean.class || c == Boolean.class) {
            return Column.Kind.BOOLEAN;
        }
        return Column.Kind.TEXT;
    }

    /** The element type of {@code PageDto<T>}, or null when the type does not say. */
    static Class<?> itemType(Type genericType) {
        if (genericType instanceof ParameterizedType p && p.getActualTypeArguments().length == 1
                && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    /**
     * The items as a table.
     *
     * @param list the list's name (the last segment of its path, e.g. {@code organisations}): the file's and the
     *             labels' key
     */
    public static Table table(String list, Class<?> itemType, List<?> items) {
        List<Field> fields = fields(itemType);
        List<Column> columns = fields.stream().map(f -> new Column(f.path(),
                java.util.Objects.requireNonNullElse(label(list, f.path()), f.path()), f.kind())).toList();
        List<List<Object>> rows = new ArrayList<>(items.size());
        for (Object item : items) {
            List<Object> row = new ArrayList<>(fields.size());
            for (Field f : fields) {
                row.add(cell(f, read(item, f.accessors())));
            }
            rows.add(row);
        }
        return new Table(list, title(list), columns, rows, null);
    }

    private static Object read(Object item, Method[] accessors) {
        Object value = item;
        for (Method accessor : accessors) {
            if (value == null) {
                return null;
            }
            try {
                value = accessor.invoke(value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + accessor, e);
            }
        }
        return value;
    }

    private static Object cell(Field f, Object value) {
        if (value == null) {
            return null;
        }
        if (f.joined()) {
            return ((Collection<?>) value).stream().map(ListTables::text).collect(Collectors.joining(" | "));
        }
        return switch (f.kind()) {
            case INTEGER -> ((Number) value).longValue();
            case DECIMAL -> value instanceof BigDecimal d ? d : BigDecimal.valueOf(((Number) value).doubleValue());
            case DATE, BOOLEAN -> value;
            default -> text(value);
        };
    }

    /** A value as text: a record as its components separated by commas, a time as ISO text. */
    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value.getClass().isRecord()) {
            List<String> parts = new ArrayList<>();
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                Object part = read(value, new Method[] {c.getAccessor()});
                if (part != null && !(part instanceof Collection<?>)) {
                    parts.add(text(part));
                }
            }
            return String.join(", ", parts);
        }
        if (value instanceof TemporalAccessor || value instanceof Enum<?>) {
            return value.toString();
        }
        return value.toString();
    }
}
