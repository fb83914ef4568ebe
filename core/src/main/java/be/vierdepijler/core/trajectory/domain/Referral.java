package be.vierdepijler.core.trajectory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A warm handover (doorverwijzing): the newcomer moved to a municipality of another network and the trajectory, with
 * its placements and hours, went along; who did it, why, and what the next counsellor should know.
 */
@Entity
@Table(name = "referral")
public class Referral {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "trajectory_id", nullable = false)
    private long trajectoryId;

    @Column(name = "from_network", nullable = false, length = 40)
    private String fromNetwork;

    @Column(name = "to_network", nullable = false, length = 40)
    private String toNetwork;

    @Column(name = "from_municipality", nullable = false, length = 5)
    private String fromMunicipality;

    @Column(name = "to_municipality", nullable = false, length = 5)
    private String toMunicipality;

    @Column(nullable = false, length = 1000)
    private String motivation;

    @Column(name = "handover_note", length = 2000)
    private String handoverNote;

    @Column(name = "referred_by", nullable = false, length = 80)
    private String referredBy;

    @Column(name = "referred_at", nullable = false)
    private Instant referredAt;

    protected Referral() {
    }

    public Referral(long trajectoryId, String fromNetwork, String toNetwork, String fromMunicipality,
                    String toMunicipality, String motivation, String handoverNote, String referredBy,
                    Instant referredAt) {
        this.trajectoryId = trajectoryId;
        this.fromNetwork = fromNetwork;
        this.toNetwork = toNetwork;
        this.fromMunicipality = fromMunicipality;
        this.toMunicipality = toMunicipality;
        this.motivation = motivation;
        this.handoverNote = handoverNote;
        this.referredBy = referredBy;
        this.referredAt = referredAt;
    }

    public Long id() {
        return id;
    }

    public long trajectoryId() {
        return trajectoryId;
    }

    public String fromNetwork() {
        return fromNetwork;
    }

    public String toNetwork() {
        return toNetwork;
    }

    public String fromMunicipality() {
        return fromMunicipality;
    }

    public String toMunicipality() {
        return toMunicipality;
    }

    public String motivation() {
        return motivation;
    }

    public String handoverNote() {
        return handoverNote;
    }

    public String referredBy() {
        return referredBy;
    }

    public Instant referredAt() {
        return referredAt;
    }
}
