package be.vierdepijler.core.matching.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.Mutability;
import org.hibernate.type.descriptor.java.Immutability;
import java.util.List;

/**
 * One newcomer–buddy pair of a {@link MatchProposal}, with the score and explanation as they were when it was
 * proposed. Lifecycle: {@code PROPOSED} → {@code APPROVED} (the duo becomes a placement) or {@code REJECTED} by the
 * coordinator, or {@code WITHDRAWN} when a newer proposal for the network replaces the undecided pairs. A decided pair
 * never changes again. It records who decided and when (no personal data beyond the two ids).
 */
@Entity
@Table(name = "match_pair")
public class MatchPair {

    @Id
    @SequenceGenerator(name = "match_pair_ids", sequenceName = "match_pair_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "match_pair_ids")
    private Long id;

    @Column(name = "proposal_id", nullable = false)
    private long proposalId;

    @Column(name = "network_id", nullable = false, length = 40)
    private String networkId;

    @Column(name = "newcomer_id", nullable = false)
    private long newcomerId;

    @Column(name = "buddy_id", nullable = false)
    private long buddyId;

    @Column(nullable = false)
    private int score;

    // Never changed after creation: without this, Hibernate would snapshot it through JSON on every load.
    @Convert(converter = CriteriaJson.class)
    @Mutability(Immutability.class)
    @Column(nullable = false, length = 8000)
    private List<CriterionScore> criteria;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PairStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "previous_status", nullable = false, length = 20)
    private MatchStatus previousStatus;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 80)
    private String decidedBy;

    @Column(length = 500)
    private String reason;

    @Column(name = "placement_id")
    private Long placementId;

    @Version
    private long version;

    protected MatchPair() {
        // for JPA
    }

    /**
     * @param previousStatus the newcomer's status before the proposal: {@code NO_MATCH} or {@code NEEDS_REMATCH}
     */
    public MatchPair(long proposalId, String networkId, ProposedDuo duo, MatchStatus previousStatus) {
        if (!previousStatus.seeksBuddy()) {
            throw new IllegalArgumentException("a newcomer who is " + previousStatus.code() + " is not proposed");
        }
        this.proposalId = proposalId;
        this.networkId = networkId;
        this.newcomerId = duo.newcomerId();
        this.buddyId = duo.buddyId();
        this.score = duo.score().total();
        this.criteria = duo.score().criteria();
        this.status = PairStatus.PROPOSED;
        this.previousStatus = previousStatus;
    }

    /** The coordinator approved; the placement of the duo, when one was made. */
    public void approve(String by, Instant at, Long placementId) {
        decide(PairStatus.APPROVED, by, at, null);
        this.placementId = placementId;
    }

    public void reject(String by, Instant at, String reason) {
        decide(PairStatus.REJECTED, by, at, reason);
    }

    /** A newer proposal for the network replaces this undecided pair. */
    public void withdraw(Instant at) {
        decide(PairStatus.WITHDRAWN, null, at, null);
    }

    private void decide(PairStatus to, String by, Instant at, String why) {
        if (status != PairStatus.PROPOSED) {
            throw new IllegalStateException("pair " + id + " is already " + status.code());
        }
        this.status = to;
        this.decidedBy = by;
        this.decidedAt = at;
        this.reason = why;
    }

    public boolean isOpen() {
        return status == PairStatus.PROPOSED;
    }

    public long id() {
        return id;
    }

    public long proposalId() {
        return proposalId;
    }

    public String networkId() {
        return networkId;
    }

    public long newcomerId() {
        return newcomerId;
    }

    public long buddyId() {
        return buddyId;
    }

    public int score() {
        return score;
    }

    public List<CriterionScore> criteria() {
        return criteria;
    }

    public PairStatus status() {
        return status;
    }

    public MatchStatus previousStatus() {
        return previousStatus;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String reason() {
        return reason;
    }

    public Long placementId() {
        return placementId;
    }

    public long version() {
        return version;
    }
}
