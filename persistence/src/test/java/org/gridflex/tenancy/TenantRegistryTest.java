package org.gridflex.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class TenantRegistryTest {

    private final TenantRegistry registry = new TenantRegistry(" ELIA, TENNETNL ,50HERTZ,,");

    @Test
    void configuredListKeepsItsOrderAndIgnoresBlanks() {
        assertEquals(List.of(new TenantId("ELIA"), new TenantId("TENNETNL"), new TenantId("50HERTZ")),
                List.copyOf(registry.all()));
    }

    @Test
    void requireAcceptsAnyCaseOfAServedTenant() {
        assertEquals(new TenantId("TENNETNL"), registry.require("tennetnl"));
    }

    @Test
    void requireRefusesUnservedAndMalformedTenants() {
        assertThrows(UnknownTenantException.class, () -> registry.require("RTE"));
        assertThrows(UnknownTenantException.class, () -> registry.require("../etc"));
        assertThrows(UnknownTenantException.class, () -> registry.require(null));
    }

    @Test
    void eachTenantHasItsOwnDataSourceName() {
        assertEquals("java:jboss/datasources/gridflex/50HERTZ", TenantDataSources.jndiName(new TenantId("50HERTZ")));
        assertEquals("java:jboss/datasources/gridflex/shared", TenantDataSources.SHARED);
    }
}
