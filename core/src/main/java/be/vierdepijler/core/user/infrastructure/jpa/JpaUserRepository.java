package be.vierdepijler.core.user.infrastructure.jpa;

import be.vierdepijler.core.access.Role;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.user.domain.UserAccount;
import be.vierdepijler.core.user.domain.UserRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** User accounts in the database; lists filtered, counted and paged there. */
@ApplicationScoped
public class JpaUserRepository implements UserRepository {

    private static final Map<String, String> SORT = Map.of("username", "u.username", "displayName", "u.displayName");

    @PersistenceContext(unitName = "core")
    EntityManager em;

    @Override
    public Optional<UserAccount> byId(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id));
    }

    @Override
    public Optional<UserAccount> byUsername(String username) {
        // the networks in the same statement: the eager collection would otherwise cost a second one, on every request
        return em.createQuery("select u from UserAccount u left join fetch u.networkIds where u.username = :u",
                        UserAccount.class)
                .setParameter("u", username).getResultStream().findFirst();
    }

    @Override
    public boolean anyExists() {
        return !em.createQuery("select u.id from UserAccount u", Long.class).setMaxResults(1).getResultList()
                .isEmpty();
    }

    @Override
    public Page<UserAccount> find(Set<Role> roles, Set<String> networkIds, Set<String> municipalityNisCodes,
                                  Set<Long> organisationIds, String query, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (roles != null) {
            where.append(" and u.role in :roles");
            params.put("roles", roles);
        }
        if (networkIds != null) {
            where.append(" and (exists (select 1 from UserAccount s join s.networkIds n where s = u and n in :networks)");
            params.put("networks", networkIds.isEmpty() ? Set.of("") : networkIds);
            where.append(" or u.municipalityNis in :nis or u.organisationId in :organisations)");
            // An empty IN list is not portable SQL: a value that matches nothing stands in.
            params.put("nis", municipalityNisCodes == null || municipalityNisCodes.isEmpty()
                    ? Set.of("") : municipalityNisCodes);
            params.put("organisations", organisationIds == null || organisationIds.isEmpty()
                    ? Set.of(-1L) : organisationIds);
        }
        if (query != null && !query.isBlank()) {
            where.append(" and (lower(u.username) like :q or lower(u.displayName) like :q)");
            params.put("q", "%" + query.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%");
        }
        String order = " order by " + SORT.get(page.sortField()) + (page.descending() ? " desc" : " asc")
                + ", u.id asc";
        TypedQuery<UserAccount> select = em.createQuery("select u from UserAccount u" + where + order,
                UserAccount.class);
        TypedQuery<Long> count = em.createQuery("select count(u) from UserAccount u" + where, Long.class);
        params.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        return Page.of(select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), page,
                count.getSingleResult());
    }

    @Override
    public UserAccount add(UserAccount account) {
        em.persist(account);
        em.flush();
        return account;
    }
}
