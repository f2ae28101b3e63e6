package org.gridflex.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The TSOs this installation serves. The list is server configuration (system property {@value #TENANTS_PROPERTY},
 * set by server-config from the one list in the build), so adding a TSO is a configuration change, not a code change.
 */
@ApplicationScoped
public class TenantRegistry {

    public static final String TENANTS_PROPERTY = "gridflex.tenants";

    private final Set<TenantId> tenants;

    public TenantRegistry() {
        this(System.getProperty(TENANTS_PROPERTY, ""));
    }

    TenantRegistry(String configured) {
        this.tenants = Collections.unmodifiableSet(parse(configured));
    }

    static Set<TenantId> parse(String configured) {
        return Arrays.stream(configured.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .map(TenantId::of)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public Set<TenantId> all() {
        return tenants;
    }

    public boolean contains(TenantId tenant) {
        return tenants.contains(tenant);
    }

    /** Resolves raw input to a served tenant, or fails with {@link UnknownTenantException}. */
    public TenantId require(String raw) {
        TenantId tenant;
        try {
            tenant = TenantId.of(raw);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new UnknownTenantException(String.valueOf(raw));
        }
        if (!tenants.contains(tenant)) {
            throw new UnknownTenantException(tenant.value());
        }
        return tenant;
    }
}
