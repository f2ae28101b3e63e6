package org.gridflex.planning.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.gridflex.planning.model.AssetKey;
import org.gridflex.planning.model.AssetRating;
import org.gridflex.tenancy.TenantId;

/**
 * The asset service of planning: registers an asset with its TSO (the asset in the TSO's database, its TSO in the
 * shared TenantAsset lookup, an AssetRegistered event with TenantId) and releases the planning messages that were
 * parked waiting for it; lists assets with a TSO filter (the seed API).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AssetCatalog {

    @Inject
    AssetRecords records;

    @Inject
    ParkedReleases releases;

    @Inject
    PlanningSettings settings;

    public AssetView register(TenantId tenant, AssetKey key, AssetRating rating) {
        String owner = records.ownerOf(key);
        if (owner != null && !owner.equals(tenant.value())) {
            throw new AssetOwnedByOtherTenantException("Asset " + key + " belongs to " + owner);
        }
        Instant now = settings.clock().instant();
        AssetView saved = records.saveInTenant(tenant, key, rating, now);
        records.mapToTenant(key, tenant, now);
        releases.release(key);
        return saved;
    }

    public List<AssetView> list(Collection<TenantId> tenants) {
        List<AssetView> all = new ArrayList<>();
        for (TenantId tenant : tenants) {
            all.addAll(records.assetsOf(tenant));
        }
        return all;
    }

    public AssetView find(TenantId tenant, AssetKey key) {
        return records.find(tenant, key);
    }
}
