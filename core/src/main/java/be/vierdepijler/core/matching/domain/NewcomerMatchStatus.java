package be.vierdepijler.core.matching.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * A newcomer's place in the {@link MatchStatus} cycle, and the pair that put them there. A newcomer without a row is
 * {@link MatchStatus#NO_MATCH}. Every step goes through {@link MatchStatus}'s transitions, so an impossible step
 * (approving a newcomer who is not proposed) fails.
 */
@Entity
@Table(name = "match_status")
public class NewcomerMatchStatus {

    @Id
    @Column(name = "newcomer_id")
    private Long newcomerId;

    @Column(name = "network_id", nullable = false, length = 40)
    private String networkId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MatchStatus status;

    @Column(name = "pair_id")
    private Long pairId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected NewcomerMatchStatus() {
        // for JPA
    }

    public NewcomerMatchStatus(long newcomerId, String networkId, Instant at) {
        this.newcomerId = newcomerId;
        this.networkId = networkId;
        this.status = MatchStatus.NO_MATCH;
        this.changedAt = at;
    }

    public void proposed(String networkId, long pairId, Instant at) {
        this.status = status.proposed();
        this.networkId = networkId;
        this.pairId = pairId;
        this.changedAt = at;
    }

    public void approved(Instant at) {
        this.status = status.approved();
        this.changedAt = at;
    }

    /** Rejected or withdrawn: back to where the pair found the newcomer. */
    public void rejected(MatchStatus previous, Instant at) {
        this.status = status.rejected(previous == MatchStatus.NEEDS_REMATCH);
        this.pairId = null;
        this.changedAt = at;
    }

    /** The duo ended early: the newcomer needs another buddy. */
    public void duoEnded(Instant at) {
        this.status = status.duoEnded();
        this.changedAt = at;
    }

    public long newcomerId() {
        return newcomerId;
    }

    public String networkId() {
        return networkId;
    }

    public MatchStatus status() {
        return status;
    }

    public Long pairId() {
        return pairId;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
