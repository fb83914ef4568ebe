package be.vierdepijler.core.trajectory.domain;

import be.vierdepijler.core.shared.Sha256;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The certificate (attest) of a completed trajectory: a fixed record made on the day the confirmed hours reached the
 * target — its code, that date, the target and the confirmed hours, the confirmed hours per reporting category with
 * their label — sealed with the SHA-256 of that content. Downloads and the public verification show this record; what
 * happens to the trajectory afterwards never changes it. It holds no name: the PDF adds the newcomer's name when it is
 * downloaded by someone entitled to it.
 */
@Entity
@Table(name = "certificate")
public class Certificate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "trajectory_id", nullable = false, updatable = false)
    private Trajectory trajectory;

    @Column(nullable = false, length = 24, updatable = false)
    private String code;

    @Column(name = "completed_on", nullable = false, updatable = false)
    private LocalDate completedOn;

    @Column(name = "target_hours", nullable = false, precision = 6, scale = 2, updatable = false)
    private BigDecimal targetHours;

    @Column(name = "confirmed_hours", nullable = false, precision = 8, scale = 2, updatable = false)
    private BigDecimal confirmedHours;

    /** Null only for a certificate issued before records existed, until {@link #seal()} runs at start-up. */
    @Column(name = "content_hash", length = 64)
    private String contentHash;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "certificate_category", joinColumns = @JoinColumn(name = "certificate_id"))
    @OrderColumn(name = "line_no")
    private List<Line> lines = new ArrayList<>();

    protected Certificate() {
    }

    Certificate(Trajectory trajectory, String code, LocalDate completedOn, BigDecimal targetHours,
                BigDecimal confirmedHours, List<Line> lines, Instant issuedAt) {
        this.trajectory = trajectory;
        this.code = Objects.requireNonNull(code);
        this.completedOn = Objects.requireNonNull(completedOn);
        this.targetHours = targetHours;
        this.confirmedHours = confirmedHours;
        this.lines = new ArrayList<>(lines);
        this.issuedAt = issuedAt;
        this.contentHash = Sha256.hex(canonical());
    }

    /** Confirmed hours under one reporting category of one type, with the category's Dutch label on that day. */
    @Embeddable
    public static class Line {

        @Column(name = "type_id", nullable = false, length = 60)
        private String typeId;

        @Column(name = "category_id", nullable = false, length = 60)
        private String categoryId;

        @Column(length = 200)
        private String label;

        @Column(nullable = false, precision = 8, scale = 2)
        private BigDecimal hours;

        protected Line() {
        }

        public Line(String typeId, String categoryId, String label, BigDecimal hours) {
            this.typeId = typeId;
            this.categoryId = categoryId;
            this.label = label;
            this.hours = hours;
        }

        public String typeId() {
            return typeId;
        }

        public String categoryId() {
            return categoryId;
        }

        /** Null for a certificate issued before records existed: the type registry names it then. */
        public String label() {
            return label;
        }

        public BigDecimal hours() {
            return hours;
        }
    }

    /**
     * What the hash covers, one fact a line: code, date, target, confirmed hours and each category's hours (labels are
     * wording, not content). Amounts in plain notation, so 40 and 40.00 hash alike.
     */
    String canonical() {
        StringBuilder text = new StringBuilder("vierdepijler-attest/1\n").append("code=").append(code).append('\n')
                .append("completedOn=").append(completedOn).append('\n')
                .append("targetHours=").append(plain(targetHours)).append('\n')
                .append("confirmedHours=").append(plain(confirmedHours)).append('\n');
        for (Line line : lines) {
            text.append(line.typeId).append('/').append(line.categoryId).append('=').append(plain(line.hours))
                    .append('\n');
        }
        return text.toString();
    }

    /** Seals a certificate made before records existed (its hash was not yet computed); a sealed one stays as is. */
    public boolean seal() {
        if (contentHash != null) {
            return false;
        }
        contentHash = Sha256.hex(canonical());
        return true;
    }

    /** Whether the record still matches its seal. */
    public boolean intact() {
        return contentHash != null && contentHash.equals(Sha256.hex(canonical()));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public LocalDate completedOn() {
        return completedOn;
    }

    public BigDecimal targetHours() {
        return targetHours;
    }

    public BigDecimal confirmedHours() {
        return confirmedHours;
    }

    public String contentHash() {
        return contentHash;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public List<Line> lines() {
        return List.copyOf(lines);
    }
}
