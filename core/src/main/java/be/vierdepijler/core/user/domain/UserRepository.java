package be.vierdepijler.core.user.domain;

import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import java.util.Optional;
import java.util.Set;

/** The user accounts; lists are paged and narrowed in the database. */
public interface UserRepository {

    Set<String> SORTABLE = Set.of("username", "displayName");

    Optional<UserAccount> byId(long id);

    Optional<UserAccount> byUsername(String username);

    boolean anyExists();

    /**
     * @param roles      only accounts with one of these roles; null for all
     * @param networkIds only accounts whose network, or whose municipality's network, is one of these; null for all
     * @param query      part of the username or display name; null for all
     */
    Page<UserAccount> find(Set<Role> roles, Set<String> networkIds, Set<String> municipalityNisCodes, String query,
                           PageRequest page);

    UserAccount add(UserAccount account);
}
