package be.vierdepijler.regions.funding.infrastructure.jpa;

import be.vierdepijler.core.port.PlaceDirectory;
import be.vierdepijler.core.shared.SearchText;
import be.vierdepijler.core.spi.TrajectoryType;
import be.vierdepijler.core.spi.TrajectoryTypeRegistry;
import be.vierdepijler.regions.funding.application.FundingReferences;
import be.vierdepijler.regions.funding.domain.FundingCall;
import be.vierdepijler.regions.funding.domain.FundingCallRepository;
import be.vierdepijler.regions.funding.domain.FundingProject;
import be.vierdepijler.regions.funding.domain.ProjectRepository;
import be.vierdepijler.regions.funding.domain.ProjectStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@link FundingReferences} from the database and the trajectory type registry. */
@ApplicationScoped
public class DatabaseFundingReferences implements FundingReferences {

    @Inject
    FundingCallRepository calls;

    @Inject
    ProjectRepository projects;

    @Inject
    PlaceDirectory places;

    @Inject
    TrajectoryTypeRegistry types;

    @PersistenceContext(unitName = "regions")
    EntityManager em;

    @Override
    public Optional<FundingCall> call(String reference) {
        return calls.byReference(reference);
    }

    @Override
    public Optional<ProjectStatus> projectStatus(FundingCall call, String name) {
        return projects.byCallAndName(call.id(), name).map(FundingProject::status);
    }

    @Override
    public Set<String> knownMunicipalities(Set<String> nisCodes) {
        return places.places(nisCodes).keySet();
    }

    @Override
    public boolean networkExists(String networkId) {
        return places.networkExists(networkId);
    }

    @Override
    public List<String> trajectoryTypeIds() {
        return types.all().stream().map(TrajectoryType::id).toList();
    }

    @Override
    public Optional<Long> organisationNamed(String name) {
        List<Long> ids = em.createQuery("select o.id from Organisation o where o.nameSearch = :n", Long.class)
                .setParameter("n", SearchText.fold(name.strip())).setMaxResults(2).getResultList();
        return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.empty();
    }

    @Override
    public BigDecimal fixedAwardsExcept(FundingCall call, Set<String> foldedNames) {
        return calls.fixedAwardsExcept(call.id(), foldedNames);
    }
}
