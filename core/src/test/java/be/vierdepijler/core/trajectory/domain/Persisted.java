package be.vierdepijler.core.trajectory.domain;

import java.lang.reflect.Field;

/** What the database does at insert, for tests without one: gives an entity its id. */
public final class Persisted {

    private Persisted() {
    }

    public static <T> T withId(T entity, long value) {
        try {
            Field id = entity.getClass().getDeclaredField("id");
            id.setAccessible(true);
            id.set(entity, value);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
