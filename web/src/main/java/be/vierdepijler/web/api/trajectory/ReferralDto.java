package be.vierdepijler.web.api.trajectory;

import be.vierdepijler.core.trajectory.domain.Referral;
import java.time.Instant;

/** A referral of a trajectory to another network (warm handover). */
public record ReferralDto(long id, long trajectoryId, String fromNetwork, String toNetwork, String fromMunicipality,
                          String toMunicipality, String motivation, String handoverNote, String referredBy,
                          Instant referredAt) {

    public static ReferralDto of(Referral r) {
        return new ReferralDto(r.id(), r.trajectoryId(), r.fromNetwork(), r.toNetwork(), r.fromMunicipality(),
                r.toMunicipality(), r.motivation(), r.handoverNote(), r.referredBy(), r.referredAt());
    }
}
