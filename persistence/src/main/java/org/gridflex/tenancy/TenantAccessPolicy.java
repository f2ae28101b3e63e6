package org.gridflex.tenancy;

import java.util.function.Predicate;

/**
 * Who may see a TSO's data: its own operators (role {@code tenant.<ID>}, given next to {@code tso} or {@code dso})
 * and platform administrators. Everything an operator reads or changes goes through this check.
 */
public final class TenantAccessPolicy {

    public static final String ADMIN_ROLE = "admin";
    public static final String TENANT_ROLE_PREFIX = "tenant.";

    private TenantAccessPolicy() {
    }

    public static String tenantRole(TenantId tenant) {
        return TENANT_ROLE_PREFIX + tenant.value();
    }

    public static boolean mayAccess(Predicate<String> callerInRole, TenantId tenant) {
        return callerInRole.test(ADMIN_ROLE) || callerInRole.test(tenantRole(tenant));
    }

    public static void check(String caller, Predicate<String> callerInRole, TenantId tenant) {
        if (!mayAccess(callerInRole, tenant)) {
            throw new TenantAccessDeniedException(caller, tenant);
        }
    }
}
