package be.vierdepijler.regions.municipality.domain;

import be.vierdepijler.core.shared.SearchText;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * A municipality (lokaal bestuur) of Flanders or Brussels, identified by its NIS code. It lies in exactly one regional
 * network (by id, see {@link be.vierdepijler.regions.network.domain.NetworkAssignment}) and takes part in it or not
 * ({@link Membership}). Name, province and reference region are reference data and do not change here; only the
 * membership is edited, under optimistic locking.
 */
@Entity
@Table(name = "municipality")
public class Municipality {

    @Id
    @Column(name = "nis_code", length = 5)
    private String nisCode;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "name_search", nullable = false, length = 100)
    private String nameSearch;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Region region;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Province province;

    @Column(name = "reference_region_code", length = 10)
    private String referenceRegionCode;

    @Column(name = "reference_region_name", length = 60)
    private String referenceRegionName;

    @Column(name = "network_id", nullable = false, length = 40)
    private String networkId;

    @Embedded
    private Membership membership = Membership.none();

    @Version
    private long version;

    protected Municipality() {
        // for JPA
    }

    public Municipality(String nisCode, String name, Region region, Province province, String referenceRegionCode,
                        String referenceRegionName, String networkId) {
        this.nisCode = Objects.requireNonNull(nisCode, "nisCode");
        this.name = Objects.requireNonNull(name, "name");
        this.nameSearch = SearchText.fold(name);
        this.region = Objects.requireNonNull(region, "region");
        this.province = province;
        this.referenceRegionCode = referenceRegionCode;
        this.referenceRegionName = referenceRegionName;
        this.networkId = Objects.requireNonNull(networkId, "networkId");
    }

    public void changeMembership(Membership newMembership) {
        this.membership = Objects.requireNonNull(newMembership, "membership");
    }

    public String nisCode() {
        return nisCode;
    }

    public String name() {
        return name;
    }

    public Region region() {
        return region;
    }

    /** Null for the 19 Brussels municipalities. */
    public Province province() {
        return province;
    }

    public String referenceRegionCode() {
        return referenceRegionCode;
    }

    public String referenceRegionName() {
        return referenceRegionName;
    }

    public String networkId() {
        return networkId;
    }

    public Membership membership() {
        return membership == null ? Membership.none() : membership;
    }

    public long version() {
        return version;
    }
}
