package org.gridflex.planning.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Optional;
import org.gridflex.planning.model.AssetKey;
import org.gridflex.planning.model.TenantAsset;
import org.gridflex.tenancy.TenantEntityManagers;
import org.gridflex.tenancy.TenantId;

/**
 * Answers "which TSO owns this asset" from the shared TenantAsset table, remembered per node: assets do not move
 * between TSOs, so a found answer never goes stale (unknown assets are asked again every time).
 */
@Stateless
public class TenantAssetDirectory {

    @Inject
    TenantEntityManagers databases;

    @Inject
    KnownAssetTenants known;

    public Optional<TenantId> tenantOf(AssetKey asset) {
        String key = asset.toString();
        TenantId cached = known.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        TenantAsset found = databases.shared().find(TenantAsset.class, key);
        if (found == null) {
            return Optional.empty();
        }
        TenantId tenant = new TenantId(found.tenant());
        known.remember(key, tenant);
        return Optional.of(tenant);
    }
}
