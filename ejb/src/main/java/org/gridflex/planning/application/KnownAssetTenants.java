package org.gridflex.planning.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gridflex.tenancy.TenantId;

/** This node's memory of asset → TSO answers (see {@link TenantAssetDirectory}). */
@ApplicationScoped
public class KnownAssetTenants {

    private final Map<String, TenantId> tenants = new ConcurrentHashMap<>();

    TenantId get(String assetKey) {
        return tenants.get(assetKey);
    }

    void remember(String assetKey, TenantId tenant) {
        tenants.put(assetKey, tenant);
    }
}
