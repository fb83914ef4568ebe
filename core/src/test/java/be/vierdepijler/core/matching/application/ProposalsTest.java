package be.vierdepijler.core.matching.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.access.Role;
import be.vierdepijler.core.matching.domain.MatchRepository;
import be.vierdepijler.core.port.PlaceDirectory;
import be.vierdepijler.core.shared.ForbiddenException;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Who may propose duos for a network, and whose proposals a caller reads, without a container. */
class ProposalsTest {

    private static final PageRequest FIRST = new PageRequest(1, 20, "createdAt", true);

    /** The networks each read of proposals asked for ({@code null}: every network). */
    private final List<Collection<String>> asked = new ArrayList<>();

    private Proposals proposals() {
        Proposals proposals = new Proposals();
        proposals.directory = (PlaceDirectory) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {PlaceDirectory.class}, (proxy, method, args) -> {
                    if (method.getName().equals("networkExists")) {
                        return Set.of("west", "east").contains(args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        proposals.matches = (MatchRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {MatchRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("proposals")) {
                        @SuppressWarnings("unchecked")
                        Collection<String> networks = (Collection<String>) args[0];
                        asked.add(networks);
                        return Page.of(List.of(), FIRST, 0);
                    }
                    // Nothing else may be read or written before the caller and the network are found right.
                    throw new UnsupportedOperationException(method.getName());
                });
        return proposals;
    }

    private static Caller caller(Role role, String... networks) {
        return new Caller(1, "someone", role, Set.of(networks), null, null);
    }

    @Test
    void aProposalNeedsAnExistingNetwork() {
        Caller admin = caller(Role.ADMINISTRATOR);
        assertThatThrownBy(() -> proposals().propose(admin, " "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("required"));
        assertThatThrownBy(() -> proposals().propose(admin, "north"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.violations().get(0).code()).isEqualTo("unknown-network"));
    }

    @Test
    void onlyACoordinatorOfTheNetworkProposesDuos() {
        assertThatThrownBy(() -> proposals().propose(caller(Role.COUNSELLOR, "west"), "west"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> proposals().propose(caller(Role.NETWORK_COORDINATOR, "east"), "west"))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aCallerReadsTheProposalsOfTheNetworksTheyCover() {
        Proposals proposals = proposals();
        proposals.proposals(caller(Role.COUNSELLOR, "west"), "west", FIRST);
        proposals.proposals(caller(Role.COUNSELLOR, "west"), "east", FIRST);
        proposals.proposals(caller(Role.COUNSELLOR, "west", "east"), null, FIRST);
        proposals.proposals(caller(Role.ADMINISTRATOR), null, FIRST);
        assertThat(asked).containsExactly(Set.of("west"), Set.of(), Set.of("west", "east"), null);
        assertThatThrownBy(() -> proposals.proposals(caller(Role.ADMINISTRATOR), "north", FIRST))
                .isInstanceOf(InvalidInputException.class);
    }
}
