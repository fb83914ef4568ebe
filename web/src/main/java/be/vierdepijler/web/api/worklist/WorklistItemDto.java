package be.vierdepijler.web.api.worklist;

import be.vierdepijler.core.worklist.domain.WorklistItem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** An open trajectory that needs attention, with every reason (at least one). */
public record WorklistItemDto(long trajectoryId, long newcomerId, String firstName, String lastName,
                              String networkId, String municipalityNis, String counsellor, String status,
                              BigDecimal confirmedHours, BigDecimal targetHours, LocalDate deadline,
                              LocalDate openedOn, List<ReasonDto> reasons) {

    static WorklistItemDto of(WorklistItem item) {
        return new WorklistItemDto(item.trajectoryId(), item.newcomerId(), item.firstName(), item.lastName(),
                item.networkId(), item.municipalityNis(), item.counsellor(), item.status().code(),
                item.confirmedHours(), item.targetHours(), item.deadline(), item.openedOn(),
                item.reasons().stream().map(ReasonDto::of).toList());
    }
}
