package be.vierdepijler.regions.funding.domain;

import be.vierdepijler.core.shared.FieldViolation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What an administrator fills in for a project (everything but its status, which changes through
 * {@link ProjectLifecycle}); {@link #violations()} lists every field that is not in order by itself. Whether the call,
 * organisation, municipalities, network and trajectory types exist, and the call's rules ({@link CallRules}), are
 * checked by the application service.
 *
 * @param leadOrganisationId   the lead when it is a partner organisation; null otherwise
 * @param leadName             the lead when it is not a partner organisation (e.g. "OESO"); null otherwise
 * @param involvedGovernments  the local governments involved, as published (free text)
 * @param municipalityNis      the municipalities involved (NIS codes); may be empty (a network project, or a lead-only
 *                             project)
 * @param networkId            the network of a network project; null otherwise
 * @param awardedAmount        the fixed amount awarded; null when not (yet) awarded or to be determined
 * @param awardToBeDetermined  whether the award is "to be determined" (nog te bepalen)
 * @param awardMaximum         with a to-be-determined award: at most this much; null: the call's maximum
 * @param commitments          the amounts committed per budget year
 */
public record ProjectDetails(Long callId, Long leadOrganisationId, String leadName, String involvedGovernments,
                             List<String> municipalityNis, String networkId, String name, String description,
                             String expectedResult, List<String> trajectoryTypeIds, BigDecimal requestedAmount,
                             BigDecimal ownFinancing, BigDecimal awardedAmount, boolean awardToBeDetermined,
                             BigDecimal awardMaximum, List<Commitment> commitments, LocalDate startDate,
                             LocalDate endDate) {

    public ProjectDetails {
        municipalityNis = municipalityNis == null ? List.of() : List.copyOf(municipalityNis);
        trajectoryTypeIds = trajectoryTypeIds == null ? List.of() : List.copyOf(trajectoryTypeIds);
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
    }

    public List<FieldViolation> violations() {
        List<FieldViolation> v = new ArrayList<>();
        if (callId == null) {
            v.add(new FieldViolation("callId", "required", "Kies de oproep van het project."));
        }
        boolean named = leadName != null && !leadName.isBlank();
        if (leadOrganisationId == null && !named) {
            v.add(new FieldViolation("lead", "required",
                    "Geef de promotor: een partnerorganisatie of de naam van een instantie."));
        } else if (leadOrganisationId != null && named) {
            v.add(new FieldViolation("lead", "both", "Geef een partnerorganisatie of een naam als promotor, niet"
                    + " allebei."));
        }
        FundingCallDetails.tooLong(v, "leadName", leadName == null ? null : leadName.strip(), 300);
        FundingCallDetails.tooLong(v, "involvedGovernments", involvedGovernments, 2000);
        FundingCallDetails.text(v, "name", name, 300, "Geef de naam van het project.");
        FundingCallDetails.tooLong(v, "description", description, 4000);
        FundingCallDetails.tooLong(v, "expectedResult", expectedResult, 4000);
        Set<String> seen = new HashSet<>();
        for (String nis : municipalityNis) {
            if (nis == null || !nis.matches("\\d{5}")) {
                v.add(new FieldViolation("municipalityNis", "invalid-nis", "Geen NIS-code (5 cijfers): " + nis));
            } else if (!seen.add(nis)) {
                v.add(new FieldViolation("municipalityNis", "duplicate", "Deze gemeente staat er twee keer in: "
                        + nis));
            }
        }
        if (new HashSet<>(trajectoryTypeIds).size() != trajectoryTypeIds.size()) {
            v.add(new FieldViolation("trajectoryTypeIds", "duplicate", "Een trajecttype staat er twee keer in."));
        }
        Amounts.check(v, "requestedAmount", requestedAmount);
        Amounts.check(v, "ownFinancing", ownFinancing);
        Amounts.check(v, "awardedAmount", awardedAmount);
        Amounts.check(v, "awardMaximum", awardMaximum);
        if (awardToBeDetermined && awardedAmount != null) {
            v.add(new FieldViolation("awardedAmount", "fixed-and-to-be-determined",
                    "Een toekenning is een vast bedrag of 'nog te bepalen', niet allebei."));
        }
        if (!awardToBeDetermined && awardMaximum != null) {
            v.add(new FieldViolation("awardMaximum", "only-to-be-determined",
                    "Een maximum geldt alleen voor een toekenning die nog te bepalen is."));
        }
        Set<Integer> years = new HashSet<>();
        for (int i = 0; i < commitments.size(); i++) {
            Commitment c = commitments.get(i);
            String field = "commitments[" + i + "]";
            if (c.budgetYear() < 2000 || c.budgetYear() > 2100) {
                v.add(new FieldViolation(field + ".budgetYear", "out-of-range", "Een begrotingsjaar ligt tussen 2000"
                        + " en 2100."));
            } else if (!years.add(c.budgetYear())) {
                v.add(new FieldViolation(field + ".budgetYear", "duplicate", "Het begrotingsjaar " + c.budgetYear()
                        + " staat er twee keer in."));
            }
            if (c.amount() == null) {
                v.add(new FieldViolation(field + ".amount", "required", "Geef het vastgelegde bedrag."));
            }
            Amounts.check(v, field + ".amount", c.amount());
        }
        if (startDate != null && endDate != null && endDate.isBefore(startDate)) {
            v.add(new FieldViolation("endDate", "before-start", "Het project eindigt voor het begint."));
        }
        return v;
    }

    /**
     * The same details as they are stored: texts stripped (blank ones null), amounts with two decimals, lists sorted;
     * two normalised details are equal when storing either changes nothing. Call only on details without violations.
     */
    public ProjectDetails normalized() {
        return new ProjectDetails(callId, leadOrganisationId, blank(leadName), blank(involvedGovernments),
                municipalityNis.stream().sorted().toList(), blank(networkId), name.strip(), blank(description),
                blank(expectedResult), trajectoryTypeIds.stream().sorted().toList(), Amounts.cents(requestedAmount),
                Amounts.cents(ownFinancing), Amounts.cents(awardedAmount), awardToBeDetermined,
                Amounts.cents(awardMaximum), commitments.stream().map(c -> new Commitment(c.budgetYear(),
                        Amounts.cents(c.amount()))).sorted(Comparator.comparingInt(Commitment::budgetYear)).toList(),
                startDate, endDate);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
