package be.vierdepijler.core.matching.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A network-wide proposal of newcomer–buddy duos, computed once by a coordinator; its {@link MatchPair pairs} are
 * then approved or rejected one by one. Immutable after creation: the figures say what was weighed and found.
 */
@Entity
@Table(name = "match_proposal")
public class MatchProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "network_id", nullable = false, length = 40)
    private String networkId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "newcomers_considered", nullable = false)
    private int newcomersConsidered;

    @Column(name = "buddies_considered", nullable = false)
    private int buddiesConsidered;

    @Column(name = "candidate_pairs", nullable = false)
    private int candidatePairs;

    @Column(name = "pair_count", nullable = false)
    private int pairCount;

    @Column(name = "total_score", nullable = false)
    private long totalScore;

    @Column(name = "duration_ms", nullable = false)
    private long durationMs;

    protected MatchProposal() {
        // for JPA
    }

    public MatchProposal(String networkId, Instant createdAt, String createdBy, int newcomersConsidered,
                         int buddiesConsidered, DuoProposal proposal, long durationMs) {
        this.networkId = networkId;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
        this.newcomersConsidered = newcomersConsidered;
        this.buddiesConsidered = buddiesConsidered;
        this.candidatePairs = proposal.candidatePairs();
        this.pairCount = proposal.duos().size();
        this.totalScore = proposal.totalScore();
        this.durationMs = durationMs;
    }

    public long id() {
        return id;
    }

    public String networkId() {
        return networkId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public int newcomersConsidered() {
        return newcomersConsidered;
    }

    public int buddiesConsidered() {
        return buddiesConsidered;
    }

    public int candidatePairs() {
        return candidatePairs;
    }

    public int pairCount() {
        return pairCount;
    }

    public long totalScore() {
        return totalScore;
    }

    public long durationMs() {
        return durationMs;
    }
}
