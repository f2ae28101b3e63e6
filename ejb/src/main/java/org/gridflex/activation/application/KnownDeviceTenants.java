package org.gridflex.activation.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gridflex.tenancy.TenantId;

/** The TSO of each device that answered an activation on this node: saves a registry transaction per answer. */
@ApplicationScoped
public class KnownDeviceTenants {

    private final Map<String, TenantId> tenants = new ConcurrentHashMap<>();

    TenantId get(String deviceId) {
        return tenants.get(deviceId);
    }

    void remember(String deviceId, TenantId tenant) {
        tenants.put(deviceId, tenant);
    }
}
