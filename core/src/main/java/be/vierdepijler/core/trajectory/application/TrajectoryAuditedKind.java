package be.vierdepijler.core.trajectory.application;

import be.vierdepijler.core.audit.application.AuditedKind;
import be.vierdepijler.core.trajectory.domain.Trajectory;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Trajectories in the audit log ({@code /audit/changes?kind=trajectory}): the plan, the status with its reason, the
 * hour totals and the certificate. Placements and hour entries are audited too, and read through the trajectory's
 * own endpoints.
 */
@ApplicationScoped
public class TrajectoryAuditedKind implements AuditedKind<Trajectory> {

    @Override
    public String kind() {
        return TrajectoryService.AUDIT_KIND;
    }

    @Override
    public Class<Trajectory> entityType() {
        return Trajectory.class;
    }

    @Override
    public String idOf(Trajectory trajectory) {
        return String.valueOf(trajectory.id());
    }

    @Override
    public Map<String, Object> stateOf(Trajectory t) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("newcomerId", t.newcomerId());
        state.put("networkId", t.networkId());
        state.put("municipalityNis", t.municipalityNis());
        state.put("counsellor", t.counsellor());
        state.put("status", t.status() == null ? null : t.status().code());
        state.put("statusReason", t.statusReason());
        state.put("targetHours", t.targetHours());
        state.put("targetReason", t.targetReason());
        state.put("deadline", t.deadline());
        state.put("openedOn", t.openedOn());
        state.put("startedOn", t.startedOn());
        state.put("endedOn", t.endedOn());
        state.put("confirmedHours", t.confirmedHours());
        state.put("reportedHours", t.reportedHours());
        state.put("certificateCode", t.certificateCode());
        return state;
    }
}
