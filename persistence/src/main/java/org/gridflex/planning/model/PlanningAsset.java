package org.gridflex.planning.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.gridflex.planning.optimization.AssetKind;

/**
 * An asset as its TSO's planning knows it: identity, kind and rated limits. Lives in the TSO's own database; the
 * shared {@link TenantAsset} says which TSO that is.
 */
@Entity
@Table(name = "PLANNING_ASSET")
@NamedQuery(name = PlanningAsset.ALL, query = "SELECT a FROM PlanningAsset a ORDER BY a.id")
public class PlanningAsset {

    public static final String ALL = "PlanningAsset.all";

    @Id
    @Column(name = "ID", length = 130)
    private String id;

    @Column(name = "CODING_SCHEME", nullable = false, length = 64)
    private String codingScheme;

    @Column(name = "IDENTIFIER", nullable = false, length = 64)
    private String identifier;

    @Column(name = "TENANT", nullable = false, length = 32)
    private String tenant;

    @Column(name = "NAME", length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 16)
    private AssetKind kind;

    @Column(name = "RATED_MIN_MW", nullable = false)
    private double ratedMinMw;

    @Column(name = "RATED_MAX_MW", nullable = false)
    private double ratedMaxMw;

    /** Usable energy of a storage asset; 0 for others. */
    @Column(name = "ENERGY_CAPACITY_MWH", nullable = false)
    private double energyCapacityMwh;

    @Column(name = "REGISTERED_AT", nullable = false)
    private Instant registeredAt;

    protected PlanningAsset() {
    }

    public PlanningAsset(AssetKey key, String tenant, AssetRating rating, Instant registeredAt) {
        this.id = key.toString();
        this.codingScheme = key.codingScheme();
        this.identifier = key.identifier();
        this.tenant = tenant;
        this.registeredAt = registeredAt;
        rate(rating);
    }

    /** New name, kind or limits from the asset service. */
    public void rate(AssetRating rating) {
        this.name = rating.name();
        this.kind = rating.kind();
        this.ratedMinMw = rating.ratedMinMw();
        this.ratedMaxMw = rating.ratedMaxMw();
        this.energyCapacityMwh = rating.energyCapacityMwh();
    }

    public AssetKey key() {
        return new AssetKey(codingScheme, identifier);
    }

    public String id() {
        return id;
    }

    public String tenant() {
        return tenant;
    }

    public AssetRating rating() {
        return new AssetRating(name, kind, ratedMinMw, ratedMaxMw, energyCapacityMwh);
    }

    public Instant registeredAt() {
        return registeredAt;
    }
}
