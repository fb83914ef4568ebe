package be.vierdepijler.core.user.domain;

import be.vierdepijler.core.access.Role;
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
     * @param networkIds           with the next two: only accounts working for one of these networks, or for one of
     *                             these municipalities or organisations; all three null for all
     * @param municipalityNisCodes the municipalities that lie in those networks
     * @param organisationIds      the organisations that lie in those networks
     * @param query                part of the username or display name; null for all
     */
    Page<UserAccount> find(Set<Role> roles, Set<String> networkIds, Set<String> municipalityNisCodes,
                           Set<Long> organisationIds, String query, PageRequest page);

    UserAccount add(UserAccount account);
}
