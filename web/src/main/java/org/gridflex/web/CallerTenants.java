package org.gridflex.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;
import org.gridflex.tenancy.TenantAccessPolicy;
import org.gridflex.tenancy.TenantId;
import org.gridflex.tenancy.TenantRegistry;

/** Resolves a tenant path parameter for the REST caller and applies the tenant access policy. */
@RequestScoped
public class CallerTenants {

    @Inject
    TenantRegistry tenants;

    public TenantId authorize(SecurityContext caller, String rawTenant) {
        TenantId tenant = tenants.require(rawTenant);
        String name = caller.getUserPrincipal() == null ? "anonymous" : caller.getUserPrincipal().getName();
        TenantAccessPolicy.check(name, caller::isUserInRole, tenant);
        return tenant;
    }

    /** Every TSO the caller may see: all for admin, else those of its tenant.<TSO> roles. */
    public java.util.List<TenantId> visible(SecurityContext caller) {
        return tenants.all().stream().filter(t -> TenantAccessPolicy.mayAccess(caller::isUserInRole, t)).toList();
    }
}
