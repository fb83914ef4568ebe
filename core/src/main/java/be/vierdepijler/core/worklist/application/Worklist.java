package be.vierdepijler.core.worklist.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.access.Role;
import be.vierdepijler.core.newcomer.domain.PersonScope;
import be.vierdepijler.core.port.PlaceDirectory;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.worklist.domain.WorklistFilter;
import be.vierdepijler.core.worklist.domain.WorklistItem;
import be.vierdepijler.core.worklist.domain.WorklistReason;
import be.vierdepijler.core.worklist.domain.WorklistRepository;
import be.vierdepijler.core.worklist.domain.WorklistRules;
import be.vierdepijler.core.worklist.domain.WorklistSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The open trajectories that need attention, as a caller may see them. Administrators see every network,
 * coordinators and counsellors their own networks (a network filter outside them finds nothing, as in the other
 * lists); local officers, organisation contacts and viewers follow no trajectory and get 403. A counsellor sees the
 * trajectories they counsel unless they ask for all of their networks ({@code mine=false}) or name a counsellor.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class Worklist {

    @Inject
    WorklistRepository repository;

    @Inject
    PlaceDirectory places;

    @Inject
    WorklistSettings settings;

    @Inject
    Clock clock;

    /**
     * What the caller asks for.
     *
     * @param networkId  one network, or null for all in scope
     * @param counsellor a counsellor's user name, or null
     * @param mine       only the caller's own trajectories; null for the default (true for a counsellor who names no
     *                   counsellor, false otherwise)
     * @param reason     only this reason, or null
     */
    public record Query(String networkId, String counsellor, Boolean mine, WorklistReason reason) {
    }

    /** A page of the worklist, most urgent first unless sorted otherwise. */
    public Page<WorklistItem> find(Caller caller, Query query, PageRequest page) {
        Narrowed narrowed = narrow(caller, query);
        if (narrowed.nothing()) {
            return Page.of(List.of(), page, 0);
        }
        return repository.find(narrowed.scope(), narrowed.filter(), rules(), page);
    }

    /** How many trajectories need attention and how many have each reason, with the same filters as the list. */
    public Counts summary(Caller caller, Query query) {
        Narrowed narrowed = narrow(caller, query);
        WorklistSummary summary = narrowed.nothing() ? new WorklistSummary(0, Map.of())
                : repository.summary(narrowed.scope(), narrowed.filter(), rules());
        return new Counts(summary, narrowed.mine());
    }

    /** The counts, and whether they are of the caller's own trajectories only. */
    public record Counts(WorklistSummary summary, boolean mine) {
    }

    /** The weeks without hours after which an active trajectory is listed. */
    public int idleWeeks() {
        return settings.idleWeeks();
    }

    private WorklistRules rules() {
        return new WorklistRules(LocalDate.now(clock), clock.instant(), settings.idleWeeks());
    }

    private record Narrowed(PersonScope scope, WorklistFilter filter, boolean mine, boolean nothing) {
    }

    private Narrowed narrow(Caller caller, Query query) {
        Role role = caller.role();
        if (role != Role.ADMINISTRATOR && role != Role.NETWORK_COORDINATOR && role != Role.COUNSELLOR) {
            throw new ForbiddenException("De werklijst is voor wie trajecten begeleidt: beheerders, coördinatoren en"
                    + " trajectbegeleiders.");
        }
        if (query.networkId() != null && !places.networkExists(query.networkId())) {
            throw new InvalidInputException("network", "unknown-network",
                    "Er bestaat geen netwerk '" + query.networkId() + "'.");
        }
        boolean mine = query.mine() != null ? query.mine() : role == Role.COUNSELLOR && query.counsellor() == null;
        String counsellor = query.counsellor();
        boolean nothing = false;
        if (mine) {
            // both asked for: only the caller's own trajectories, and none when another counsellor is named
            nothing = counsellor != null && !counsellor.equals(caller.username());
            counsellor = caller.username();
        }
        return new Narrowed(PersonScope.of(caller), new WorklistFilter(query.networkId(), counsellor, query.reason()),
                mine, nothing);
    }
}
