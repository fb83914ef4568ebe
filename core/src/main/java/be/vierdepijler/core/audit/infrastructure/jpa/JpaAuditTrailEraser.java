package be.vierdepijler.core.audit.infrastructure.jpa;

import be.vierdepijler.core.audit.application.AuditTrailEraser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Clears personal data from the {@code *_aud} tables of Envers by native updates. Table and column names come from the
 * code of the aggregate that owns them, never from input; they are checked to be plain names all the same.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class JpaAuditTrailEraser implements AuditTrailEraser {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    public int overwrite(String auditTable, String idColumn, long id, Map<String, Object> values) {
        // A null is written as a literal: a null parameter has no type some drivers can bind.
        StringBuilder set = new StringBuilder();
        List<Object> parameters = new ArrayList<>();
        values.forEach((column, value) -> {
            set.append(set.isEmpty() ? "" : ", ").append(name(column)).append(value == null ? " = null" : " = ?");
            if (value != null) {
                parameters.add(value);
            }
        });
        Query update = em.createNativeQuery("update " + name(auditTable) + " set " + set + " where "
                + name(idColumn) + " = ?");
        parameters.add(id);
        for (int i = 0; i < parameters.size(); i++) {
            update.setParameter(i + 1, parameters.get(i));
        }
        return update.executeUpdate();
    }

    @Override
    public int mask(String auditTable, String idColumn, long id, List<String> columns, String placeholder) {
        StringBuilder set = new StringBuilder();
        for (String column : columns) {
            set.append(set.isEmpty() ? "" : ", ").append(name(column)).append(" = case when ").append(name(column))
                    .append(" is null then null else ? end");
        }
        Query update = em.createNativeQuery("update " + name(auditTable) + " set " + set + " where "
                + name(idColumn) + " = ?");
        int i = 1;
        for (int c = 0; c < columns.size(); c++) {
            update.setParameter(i++, placeholder);
        }
        update.setParameter(i, id);
        return update.executeUpdate();
    }

    /** Deletes every revision of the rows of one record in an audited collection table (e.g. its languages). */
    @Override
    public int delete(String auditTable, String ownerColumn, long id) {
        return em.createNativeQuery("delete from " + name(auditTable) + " where " + name(ownerColumn) + " = ?")
                .setParameter(1, id).executeUpdate();
    }

    private static String name(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain table or column name: " + name);
        }
        return name;
    }
}
