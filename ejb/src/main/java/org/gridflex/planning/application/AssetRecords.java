package org.gridflex.planning.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.gridflex.planning.model.AssetKey;
import org.gridflex.planning.model.AssetRating;
import org.gridflex.planning.model.PlanningAsset;
import org.gridflex.planning.model.TenantAsset;
import org.gridflex.tenancy.TenantEntityManagers;
import org.gridflex.tenancy.TenantId;

/**
 * The writes behind {@link AssetCatalog}, each in its own transaction because each touches one database (the
 * datasources are not XA): the asset in its TSO's database, then the shared TenantAsset row.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class AssetRecords {

    @Inject
    TenantEntityManagers databases;

    @Inject
    PlanningEvents events;

    public AssetView saveInTenant(TenantId tenant, AssetKey key, AssetRating rating, Instant now) {
        EntityManager em = databases.forTenant(tenant);
        PlanningAsset asset = em.find(PlanningAsset.class, key.toString());
        if (asset == null) {
            asset = new PlanningAsset(key, tenant.value(), rating, now);
            em.persist(asset);
        } else {
            asset.rate(rating);
        }
        events.assetRegistered(tenant, asset);
        return AssetView.of(asset);
    }

    public void mapToTenant(AssetKey key, TenantId tenant, Instant now) {
        EntityManager shared = databases.shared();
        TenantAsset existing = shared.find(TenantAsset.class, key.toString());
        if (existing == null) {
            shared.persist(new TenantAsset(key, tenant.value(), now));
        } else if (!existing.tenant().equals(tenant.value())) {
            throw new AssetOwnedByOtherTenantException("Asset " + key + " belongs to " + existing.tenant());
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public String ownerOf(AssetKey key) {
        TenantAsset existing = databases.shared().find(TenantAsset.class, key.toString());
        return existing == null ? null : existing.tenant();
    }

    public List<AssetView> assetsOf(TenantId tenant) {
        return databases.forTenant(tenant).createNamedQuery(PlanningAsset.ALL, PlanningAsset.class).getResultList()
                .stream().map(AssetView::of).toList();
    }

    public AssetView find(TenantId tenant, AssetKey key) {
        PlanningAsset asset = databases.forTenant(tenant).find(PlanningAsset.class, key.toString());
        if (asset == null) {
            throw new PlanningNotFoundException("No asset " + key + " at " + tenant);
        }
        return AssetView.of(asset);
    }
}
