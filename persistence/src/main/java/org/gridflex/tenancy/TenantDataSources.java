package org.gridflex.tenancy;

/**
 * The naming rule for GridFlex datasources in JNDI. server-config binds one datasource per TSO under this rule;
 * nothing else in the application knows a datasource name.
 */
public final class TenantDataSources {

    static final String PREFIX = "java:jboss/datasources/gridflex/";

    /** The datasource shared by all tenants: registries that map external ids (devices, assets) to their TSO. */
    public static final String SHARED = PREFIX + "shared";

    private TenantDataSources() {
    }

    public static String jndiName(TenantId tenant) {
        return PREFIX + tenant.value();
    }
}
