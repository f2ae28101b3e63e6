package org.gridflex.tenancy;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TenantAccessPolicyTest {

    private static final TenantId ELIA = new TenantId("ELIA");
    private static final TenantId TENNETNL = new TenantId("TENNETNL");

    @Test
    void operatorSeesOnlyTheirOwnTenant() {
        Set<String> roles = Set.of("tso", "tenant.ELIA");
        assertTrue(TenantAccessPolicy.mayAccess(roles::contains, ELIA));
        assertFalse(TenantAccessPolicy.mayAccess(roles::contains, TENNETNL));
        assertThrows(TenantAccessDeniedException.class, () -> TenantAccessPolicy.check("tso-elia", roles::contains, TENNETNL));
    }

    @Test
    void adminSeesEveryTenant() {
        Set<String> roles = Set.of("admin");
        assertDoesNotThrow(() -> TenantAccessPolicy.check("admin", roles::contains, TENNETNL));
    }

    @Test
    void roleWithoutTenantSeesNothing() {
        Set<String> roles = Set.of("tso", "dso", "device-admin");
        assertFalse(TenantAccessPolicy.mayAccess(roles::contains, ELIA));
    }
}
