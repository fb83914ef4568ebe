package be.vierdepijler.web.api.funding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The body of {@code POST /funding/calls} and {@code PUT /funding/calls/{id}}. */
public record FundingCallInput(String reference, String name, String kind, List<FundingCallDto.FunderDto> funders,
                               BigDecimal totalBudget, BigDecimal maxPerProject, BigDecimal minOwnFinancingPercent,
                               String eligibleApplicants, LocalDate startFrom, LocalDate startUntil,
                               Integer durationMonths, String description) {
}
