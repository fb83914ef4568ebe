package be.vierdepijler.regions.allocation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * One figure of one municipality for one year, as a user imported it with its source: reference data, never invented
 * by the product. Natural key: NIS code, kind, year. Invariant: the value is a whole number ≥ 0 and the source is
 * named.
 */
@Entity
@Table(name = "municipality_figure")
public class MunicipalityFigure {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "nis_code", nullable = false, length = 5)
    private String nisCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private FigureKind kind;

    @Column(name = "figure_year", nullable = false)
    private int year;

    @Column(name = "figure_value", nullable = false)
    private long value;

    @Column(nullable = false, length = 300)
    private String source;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(name = "imported_by", nullable = false, length = 100)
    private String importedBy;

    @Version
    private long version;

    protected MunicipalityFigure() {
        // for JPA
    }

    public MunicipalityFigure(String nisCode, FigureKind kind, int year, long value, String source, Instant at,
                              String by) {
        this.nisCode = Objects.requireNonNull(nisCode, "nisCode");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.year = year;
        set(value, source, at, by);
    }

    /** Takes a new value and source; answers whether anything changed (nothing is touched when not). */
    public boolean change(long newValue, String newSource, Instant at, String by) {
        if (value == newValue && source.equals(newSource.strip())) {
            return false;
        }
        set(newValue, newSource, at, by);
        return true;
    }

    private void set(long newValue, String newSource, Instant at, String by) {
        if (newValue < 0) {
            throw new IllegalArgumentException("a figure is 0 or more");
        }
        if (newSource == null || newSource.isBlank()) {
            throw new IllegalArgumentException("a figure names its source");
        }
        this.value = newValue;
        this.source = newSource.strip();
        this.importedAt = Objects.requireNonNull(at, "at");
        this.importedBy = Objects.requireNonNull(by, "by");
    }

    public Long id() {
        return id;
    }

    public String nisCode() {
        return nisCode;
    }

    public FigureKind kind() {
        return kind;
    }

    public int year() {
        return year;
    }

    public long value() {
        return value;
    }

    public String source() {
        return source;
    }

    public Instant importedAt() {
        return importedAt;
    }

    public String importedBy() {
        return importedBy;
    }
}
