package org.gridflex.planning.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The shared lookup from an asset's external identifier to its TSO (the seed's TenantAsset): planning messages that
 * carry no TenantId find their database through it.
 */
@Entity
@Table(name = "TENANT_ASSET")
@NamedQuery(name = TenantAsset.OF_TENANT, query = "SELECT a FROM TenantAsset a WHERE a.tenant = :tenant ORDER BY a.id")
@NamedQuery(name = TenantAsset.ALL, query = "SELECT a FROM TenantAsset a ORDER BY a.id")
public class TenantAsset {

    public static final String OF_TENANT = "TenantAsset.ofTenant";
    public static final String ALL = "TenantAsset.all";

    @Id
    @Column(name = "ID", length = 130)
    private String id;

    @Column(name = "TENANT", nullable = false, length = 32)
    private String tenant;

    @Column(name = "REGISTERED_AT", nullable = false)
    private Instant registeredAt;

    protected TenantAsset() {
    }

    public TenantAsset(AssetKey key, String tenant, Instant registeredAt) {
        this.id = key.toString();
        this.tenant = tenant;
        this.registeredAt = registeredAt;
    }

    public AssetKey key() {
        return AssetKey.parse(id);
    }

    public String tenant() {
        return tenant;
    }
}
