package be.vierdepijler.web.api.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The body of {@code POST /funding/projects} and {@code PUT /funding/projects/{id}}; the status changes elsewhere. */
public record ProjectInput(Long callId, Long leadOrganisationId, String leadName, String involvedGovernments,
                           List<String> municipalityNis, String networkId, String name, String description,
                           String expectedResult, List<String> trajectoryTypeIds, BigDecimal requestedAmount,
                           BigDecimal ownFinancing, BigDecimal awardedAmount, Boolean awardToBeDetermined,
                           BigDecimal awardMaximum, List<ProjectDto.CommitmentDto> commitments, LocalDate startDate,
                           LocalDate endDate) {
}
