package be.vierdepijler.web.api.funding;

import be.vierdepijler.core.port.MunicipalityPlace;
import be.vierdepijler.regions.funding.domain.Commitment;
import be.vierdepijler.regions.funding.domain.Extension;
import be.vierdepijler.regions.funding.domain.FundingProject;
import be.vierdepijler.regions.funding.domain.ProjectLifecycle;
import be.vierdepijler.regions.funding.domain.ProjectListing;
import be.vierdepijler.regions.funding.domain.ProjectStatus;
import be.vierdepijler.regions.funding.domain.StatusChange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A project as the API shows it: its call and lead, municipalities with their names, trajectory types with their
 * labels, award, commitments, status with the statuses that may follow ({@code nextStatuses}; {@code extended} is
 * reached through {@code POST .../extensions}), its history and its extensions.
 */
public record ProjectDto(long id, long callId, String callReference, String callName, Long leadOrganisationId,
                         String leadOrganisationName, String leadName, String lead, String involvedGovernments,
                         List<MunicipalityDto> municipalities, String networkId, String name, String description,
                         String expectedResult, List<TypeDto> trajectoryTypes, BigDecimal requestedAmount,
                         BigDecimal ownFinancing, BigDecimal awardedAmount, boolean awardToBeDetermined,
                         BigDecimal awardMaximum, List<CommitmentDto> commitments, LocalDate startDate,
                         LocalDate endDate, String status, String statusName, List<String> nextStatuses,
                         boolean mayExtend, List<StatusChangeDto> history, List<ExtensionDto> extensions,
                         long version) {

    /** A municipality involved, with its name and network. */
    public record MunicipalityDto(String nisCode, String name, String networkId) {
    }

    /** A trajectory type chosen; its label is its id when the type is no longer deployed. */
    public record TypeDto(String id, String label) {
    }

    /** The amount committed on one budget year. */
    public record CommitmentDto(Integer budgetYear, BigDecimal amount) {

        static CommitmentDto of(Commitment c) {
            return new CommitmentDto(c.budgetYear(), c.amount());
        }
    }

    /** One step of the status history; {@code from} is null for the first. */
    public record StatusChangeDto(String from, String to, LocalDate decisionDate, String note, String recordedBy,
                                  Instant recordedAt) {

        static StatusChangeDto of(StatusChange c) {
            return new StatusChangeDto(c.from() == null ? null : c.from().code(), c.to().code(), c.decidedOn(),
                    c.note(), c.recordedBy(), c.recordedAt());
        }
    }

    /** One extension. */
    public record ExtensionDto(LocalDate newEndDate, LocalDate previousEndDate, BigDecimal extraAmount,
                               LocalDate decisionDate, String note, String recordedBy) {

        static ExtensionDto of(Extension e) {
            return new ExtensionDto(e.newEndDate(), e.previousEndDate(), e.extraAmount(), e.decidedOn(), e.note(),
                    e.recordedBy());
        }
    }

    static ProjectDto of(ProjectListing listing, Map<String, MunicipalityPlace> places,
                         Function<String, String> typeLabel) {
        FundingProject p = listing.project();
        return new ProjectDto(p.id(), p.callId(), listing.callReference(), listing.callName(),
                p.leadOrganisationId(), listing.leadOrganisationName(), p.leadName(),
                listing.leadOrganisationName() != null ? listing.leadOrganisationName() : p.leadName(),
                p.involvedGovernments(),
                p.municipalityNis().stream().map(nis -> {
                    MunicipalityPlace place = places.get(nis);
                    return new MunicipalityDto(nis, place == null ? nis : place.name(),
                            place == null ? null : place.networkId());
                }).toList(),
                p.networkId(), p.name(), p.description(), p.expectedResult(),
                p.trajectoryTypeIds().stream().map(t -> new TypeDto(t, typeLabel.apply(t))).toList(),
                p.requestedAmount(), p.ownFinancing(), p.awardedAmount(), p.awardToBeDetermined(), p.awardMaximum(),
                p.commitments().stream().map(CommitmentDto::of).toList(), p.startDate(), p.endDate(),
                p.status().code(), p.status().label(),
                ProjectLifecycle.next(p.status()).stream().filter(s -> s != ProjectStatus.EXTENDED)
                        .map(ProjectStatus::code).toList(),
                ProjectLifecycle.mayExtend(p.status()),
                p.history().stream().map(StatusChangeDto::of).toList(),
                p.extensions().stream().map(ExtensionDto::of).toList(), p.version());
    }
}
