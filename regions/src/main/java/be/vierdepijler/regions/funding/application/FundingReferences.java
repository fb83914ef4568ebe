package be.vierdepijler.regions.funding.application;

import be.vierdepijler.regions.funding.domain.FundingCall;
import be.vierdepijler.regions.funding.domain.ProjectStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the funding import kinds look up while checking a file: calls, projects, municipalities, networks, trajectory
 * types and organisations. A port of its own so that every check can be unit-tested without a container.
 */
public interface FundingReferences {

    /** The call with this reference, case ignored. */
    Optional<FundingCall> call(String reference);

    /** The status of the call's project with this name (folded), if it exists. */
    Optional<ProjectStatus> projectStatus(FundingCall call, String name);

    /** Those of these NIS codes that name a municipality. */
    Set<String> knownMunicipalities(Set<String> nisCodes);

    boolean networkExists(String networkId);

    /** The ids of the deployed trajectory types. */
    List<String> trajectoryTypeIds();

    /** The id of the only organisation with this name (case and accents ignored); empty when none or several. */
    Optional<Long> organisationNamed(String name);

    /** The fixed awards of the call's awarded projects other than those with these folded names. */
    BigDecimal fixedAwardsExcept(FundingCall call, Set<String> foldedNames);
}
