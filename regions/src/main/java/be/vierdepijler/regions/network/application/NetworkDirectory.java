package be.vierdepijler.regions.network.application;

import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.regions.network.domain.NetworkRepository;
import be.vierdepijler.regions.network.domain.NetworkSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;

/** Reads the regional networks with their membership figures as of today. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NetworkDirectory {

    @Inject
    NetworkRepository networks;

    @Inject
    Clock clock;

    public Page<NetworkSummary> find(PageRequest page) {
        return networks.summaries(LocalDate.now(clock), page);
    }

    /** @throws NotFoundException for an unknown id */
    public NetworkSummary get(String id) {
        return networks.summary(id, LocalDate.now(clock)).orElseThrow(() -> new NotFoundException("netwerk", id));
    }
}
