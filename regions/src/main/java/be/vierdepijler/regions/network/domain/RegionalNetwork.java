package be.vierdepijler.regions.network.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A regional organisation network (regionaal organisatienetwerk): the coordinators of a region open up the fourth
 * pillar's offer together with its member municipalities. Flanders has 18: 15 reference regions and the city networks
 * of Antwerpen, Gent and Brussel (VGC). The set is reference data, loaded by migration; its id is a stable kebab-case
 * slug ({@code westhoek}, {@code regio-antwerpen}, {@code antwerpen}).
 */
@Entity
@Table(name = "regional_network")
public class RegionalNetwork {

    @Id
    @Column(length = 40)
    private String id;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private NetworkKind kind;

    @Column(name = "reference_region_code", length = 10)
    private String referenceRegionCode;

    @Column(name = "reference_region_name", length = 60)
    private String referenceRegionName;

    @Version
    private long version;

    protected RegionalNetwork() {
        // for JPA
    }

    public RegionalNetwork(String id, String name, NetworkKind kind, String referenceRegionCode,
                           String referenceRegionName) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.referenceRegionCode = referenceRegionCode;
        this.referenceRegionName = referenceRegionName;
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public NetworkKind kind() {
        return kind;
    }

    /** The reference region the network lies in; null for Brussel (VGC), which lies in none. */
    public String referenceRegionCode() {
        return referenceRegionCode;
    }

    public String referenceRegionName() {
        return referenceRegionName;
    }

    public long version() {
        return version;
    }
}
