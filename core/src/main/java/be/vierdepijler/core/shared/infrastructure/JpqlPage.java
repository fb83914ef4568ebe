package be.vierdepijler.core.shared.infrastructure;

import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Map;

/**
 * One page of entities chosen by a JPQL condition, with the total the same condition counts: the two statements
 * every paged list of a repository sends ({@code select x from Entity x <where> <order>} and
 * {@code select count(x) from Entity x <where>}), with the same named parameters.
 */
public final class JpqlPage {

    private JpqlPage() {
    }

    /**
     * @param alias  the entity's alias in {@code where} and {@code order}
     * @param where  the condition, starting with {@code " where"} (or empty)
     * @param order  the order, starting with {@code " order by"}
     * @param params the named parameters of {@code where}
     */
    public static <T> Page<T> of(EntityManager em, Class<T> entity, String alias, String where, String order,
                                 Map<String, ?> params, PageRequest page) {
        String from = " from " + entity.getSimpleName() + " " + alias;
        TypedQuery<T> select = em.createQuery("select " + alias + from + where + order, entity);
        TypedQuery<Long> count = em.createQuery("select count(" + alias + ")" + from + where, Long.class);
        params.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        return Page.of(select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page,
                count.getSingleResult());
    }
}
