package be.vierdepijler.core.shared.infrastructure;

import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Lob;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The last check before the database: no text is longer than the length its {@code @Column} declares. Every entity of
 * every persistence unit passes here on persist and update (the default entity listener of META-INF/orm.xml in core
 * and regions), so a column added with a length can never again be a 500 from the database: the domain checks its
 * fields with its own words first, and what it forgot is refused here as 400 {@code too-long}, named by the entity's
 * field ({@code displayName}, {@code contact.name}). A length of 255 is JPA's default and says nothing of the column
 * (Flyway owns the schema; unlimited text is declared without one), so it is not checked.
 */
public class ColumnLengths {

    private static final ClassValue<List<Text>> TEXTS = new ClassValue<>() {
        @Override
        protected List<Text> computeValue(Class<?> type) {
            List<Text> texts = new ArrayList<>();
            collect(type, "", texts);
            return List.copyOf(texts);
        }
    };

    @PrePersist
    @PreUpdate
    public void check(Object entity) {
        List<FieldViolation> violations = violations(entity);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
    }

    public static List<FieldViolation> violations(Object entity) {
        List<FieldViolation> violations = new ArrayList<>();
        if (entity != null) {
            for (Text text : TEXTS.get(entity.getClass())) {
                String value = text.read(entity);
                if (value != null && value.length() > text.max) {
                    violations.add(new FieldViolation(text.name, "too-long", "Hoogstens " + text.max + " tekens."));
                }
            }
        }
        return violations;
    }

    private static void collect(Class<?> type, String prefix, List<Text> texts) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())) {
                    continue;
                }
                Column column = field.getAnnotation(Column.class);
                if (field.getType() == String.class && column != null && column.length() != 255
                        && !field.isAnnotationPresent(Lob.class) && column.columnDefinition().isEmpty()) {
                    field.setAccessible(true);
                    texts.add(new Text(List.of(), field, prefix + field.getName(), column.length()));
                } else if (field.getType().isAnnotationPresent(Embeddable.class)) {
                    List<Text> inner = new ArrayList<>();
                    collect(field.getType(), prefix + field.getName() + ".", inner);
                    field.setAccessible(true);
                    inner.forEach(t -> texts.add(t.inside(field)));
                }
            }
        }
    }

    /** A text field with a length, reached from the entity through the embedded objects on its way. */
    private record Text(List<Field> way, Field field, String name, int max) {

        Text inside(Field embedded) {
            List<Field> longer = new ArrayList<>();
            longer.add(embedded);
            longer.addAll(way);
            return new Text(List.copyOf(longer), field, name, max);
        }

        String read(Object entity) {
            try {
                Object at = entity;
                for (Field step : way) {
                    at = step.get(at);
                    if (at == null) {
                        return null;
                    }
                }
                return (String) field.get(at);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot read " + name, e);
            }
        }
    }
}
