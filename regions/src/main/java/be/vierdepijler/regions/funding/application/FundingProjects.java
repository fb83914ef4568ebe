package be.vierdepijler.regions.funding.application;

import be.vierdepijler.core.access.Caller;
import be.vierdepijler.core.imports.domain.RowOutcome;
import be.vierdepijler.core.port.MunicipalityPlace;
import be.vierdepijler.core.port.PlaceDirectory;
import be.vierdepijler.core.shared.ConcurrentModificationException;
import be.vierdepijler.core.shared.FieldViolation;
import be.vierdepijler.core.shared.InvalidInputException;
import be.vierdepijler.core.shared.NotFoundException;
import be.vierdepijler.core.shared.Page;
import be.vierdepijler.core.shared.PageRequest;
import be.vierdepijler.core.spi.TrajectoryTypeRegistry;
import be.vierdepijler.regions.funding.domain.CallRules;
import be.vierdepijler.regions.funding.domain.FundingCall;
import be.vierdepijler.regions.funding.domain.FundingCallRepository;
import be.vierdepijler.regions.funding.domain.FundingProject;
import be.vierdepijler.regions.funding.domain.ProjectDetails;
import be.vierdepijler.regions.funding.domain.ProjectFilter;
import be.vierdepijler.regions.funding.domain.ProjectListing;
import be.vierdepijler.regions.funding.domain.ProjectRepository;
import be.vierdepijler.regions.funding.domain.ProjectStatus;
import be.vierdepijler.regions.organisation.domain.OrganisationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The projects of the funding calls: administrators register and change them, move their status and extend them;
 * coordinators read the projects of their networks, viewers all. Every change checks that what it names exists and
 * keeps the call's rules ({@link CallRules}); the call is locked while an award is checked against its budget, so
 * two concurrent awards cannot both take its last euros.
 */
@ApplicationScoped
@Transactional
public class FundingProjects {

    @Inject
    ProjectRepository projects;

    @Inject
    FundingCallRepository calls;

    @Inject
    OrganisationRepository organisations;

    @Inject
    PlaceDirectory places;

    @Inject
    TrajectoryTypeRegistry types;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "regions")
    EntityManager em;

    /** @throws InvalidInputException when the filter names a call, network, municipality or type that does not exist */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ProjectListing> find(Caller caller, ProjectFilter filter, PageRequest page) {
        Set<String> scope = FundingAccess.projectScope(caller);
        List<FieldViolation> v = new ArrayList<>();
        if (filter.callId() != null && calls.byId(filter.callId()).isEmpty()) {
            v.add(new FieldViolation("call", "unknown-call", "Er bestaat geen oproep " + filter.callId() + "."));
        }
        v.addAll(places.filterViolations(filter.networkId(), filter.municipalityNis()));
        if (filter.trajectoryTypeId() != null && types.find(filter.trajectoryTypeId()).isEmpty()) {
            v.add(new FieldViolation("type", "unknown-trajectory-type", "Er bestaat geen trajecttype '"
                    + filter.trajectoryTypeId() + "'."));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return projects.find(filter, scope, page);
    }

    /** @throws NotFoundException also for a project outside a coordinator's networks */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ProjectListing get(Caller caller, long id) {
        Set<String> scope = FundingAccess.projectScope(caller);
        ProjectListing listing = projects.listing(id)
                .orElseThrow(() -> new NotFoundException("project", String.valueOf(id)));
        if (scope != null && !inNetworks(listing.project(), scope)) {
            throw new NotFoundException("project", String.valueOf(id));
        }
        return listing;
    }

    /** Name, network and province of the project's municipalities, by NIS code. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, MunicipalityPlace> placesOf(FundingProject project) {
        return places.places(new HashSet<>(project.municipalityNis()));
    }

    private boolean inNetworks(FundingProject project, Set<String> networks) {
        if (project.networkId() != null && networks.contains(project.networkId())) {
            return true;
        }
        return placesOf(project).values().stream().anyMatch(p -> networks.contains(p.networkId()));
    }

    public ProjectListing register(Caller caller, ProjectDetails details) {
        FundingAccess.mayChange(caller);
        FundingCall call = checked(details, ProjectStatus.SUBMITTED, null);
        FundingProject created = projects.add(new FundingProject(details, ProjectStatus.SUBMITTED,
                LocalDate.now(clock), null, caller.username(), clock.instant()));
        return listing(created.id(), call);
    }

    public ProjectListing change(Caller caller, long id, long expectedVersion, ProjectDetails details) {
        FundingAccess.mayChange(caller);
        FundingProject project = current(id, expectedVersion);
        FundingCall call = checked(details, project.status(), project);
        project.apply(details);
        flush(project);
        return listing(id, call);
    }

    /**
     * Moves the project to another status, as {@link be.vierdepijler.regions.funding.domain.ProjectLifecycle} allows
     * (409 otherwise) and as the call's rules allow in that status (400: selected without an award).
     */
    public ProjectListing changeStatus(Caller caller, long id, long expectedVersion, ProjectStatus to,
                                       LocalDate decidedOn, String note) {
        FundingAccess.mayChange(caller);
        FundingProject project = current(id, expectedVersion);
        if (note != null && note.length() > 2000) {
            throw new InvalidInputException("note", "too-long", "Hoogstens 2000 tekens.");
        }
        project.changeStatus(to, decidedOn == null ? LocalDate.now(clock) : decidedOn, note, caller.username(),
                clock.instant());
        FundingCall call = checked(project.details(), to, project);
        flush(project);
        return listing(id, call);
    }

    public ProjectListing extend(Caller caller, long id, long expectedVersion, LocalDate newEndDate,
                                 BigDecimal extraAmount, LocalDate decidedOn, String note) {
        FundingAccess.mayChange(caller);
        FundingProject project = current(id, expectedVersion);
        project.extend(newEndDate, extraAmount, decidedOn, note, caller.username(), clock.instant());
        flush(project);
        return listing(id, null);
    }

    /**
     * Creates or updates the project with the details' call and name (an import row), bringing it into
     * {@code status} in one step noted "ingevoerd via import".
     */
    public RowOutcome importProject(Caller caller, ProjectDetails details, ProjectStatus status) {
        FundingAccess.mayChange(caller);
        Optional<FundingProject> existing = details.callId() == null || details.name() == null ? Optional.empty()
                : projects.byCallAndName(details.callId(), details.name());
        if (existing.isEmpty()) {
            checked(details, status, null);
            projects.add(new FundingProject(details, status, LocalDate.now(clock),
                    status == ProjectStatus.SUBMITTED ? null : FundingProject.IMPORTED, caller.username(),
                    clock.instant()));
            return RowOutcome.CREATED;
        }
        FundingProject project = existing.get();
        var violations = details.violations();
        if (violations.isEmpty() && project.details().equals(details.normalized()) && project.status() == status) {
            return RowOutcome.UNCHANGED;
        }
        checked(details, status, project);
        project.importStatus(status, LocalDate.now(clock), caller.username(), clock.instant());
        project.apply(details);
        flush(project);
        return RowOutcome.UPDATED;
    }

    private FundingProject current(long id, long expectedVersion) {
        FundingProject project = projects.byId(id)
                .orElseThrow(() -> new NotFoundException("project", String.valueOf(id)));
        if (project.version() != expectedVersion) {
            throw new ConcurrentModificationException("project", String.valueOf(id), project.version());
        }
        return project;
    }

    private void flush(FundingProject project) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConcurrentModificationException("project", String.valueOf(project.id()), project.version());
        }
    }

    private ProjectListing listing(long id, FundingCall call) {
        return projects.listing(id).orElseThrow(() -> new NotFoundException("project", String.valueOf(id)));
    }

    /**
     * Every violation of the details at once: their own, the references that do not exist, the natural key taken by
     * another project, and the call's rules for a project in {@code status}.
     *
     * @param project the project being changed, or null for a new one
     * @return the call, locked for the budget rule
     */
    private FundingCall checked(ProjectDetails details, ProjectStatus status, FundingProject project) {
        List<FieldViolation> v = new ArrayList<>(details.violations());
        FundingCall call = details.callId() == null ? null : calls.byIdForAward(details.callId()).orElse(null);
        if (details.callId() != null && call == null) {
            v.add(new FieldViolation("callId", "unknown-call", "Er bestaat geen oproep " + details.callId() + "."));
        }
        if (details.leadOrganisationId() != null && organisations.byId(details.leadOrganisationId()).isEmpty()) {
            v.add(new FieldViolation("leadOrganisationId", "unknown-organisation", "Er bestaat geen organisatie "
                    + details.leadOrganisationId() + "."));
        }
        if (details.networkId() != null && !details.networkId().isBlank()
                && !places.networkExists(details.networkId().strip())) {
            v.add(new FieldViolation("networkId", "unknown-network", "Er bestaat geen netwerk '"
                    + details.networkId() + "'."));
        }
        Set<String> nis = new TreeSet<>(details.municipalityNis());
        nis.removeAll(places.places(nis).keySet());
        nis.removeIf(n -> n == null || !n.matches("\\d{5}"));
        if (!nis.isEmpty()) {
            v.add(new FieldViolation("municipalityNis", "unknown-municipality", "Er bestaat geen gemeente met"
                    + " NIS-code " + String.join(", ", nis) + "."));
        }
        List<String> unknownTypes = details.trajectoryTypeIds().stream().filter(t -> types.find(t).isEmpty())
                .toList();
        if (!unknownTypes.isEmpty()) {
            v.add(new FieldViolation("trajectoryTypeIds", "unknown-trajectory-type", "Er bestaat geen trajecttype "
                    + String.join(", ", unknownTypes) + "; mogelijk: " + String.join(", ", types.all().stream()
                    .map(t -> t.id()).toList()) + "."));
        }
        if (call != null && details.name() != null && !details.name().isBlank()) {
            projects.byCallAndName(call.id(), details.name())
                    .filter(other -> project == null || !other.id().equals(project.id()))
                    .ifPresent(other -> v.add(new FieldViolation("name", "duplicate", "De oproep heeft al een"
                            + " project '" + other.name() + "'.")));
        }
        if (v.isEmpty() && call != null) {
            v.addAll(CallRules.violations(call, details, status, calls.fixedAwards(call.id(),
                    project == null ? null : project.id())));
        }
        if (!v.isEmpty()) {
            throw new InvalidInputException(v);
        }
        return call;
    }
}
