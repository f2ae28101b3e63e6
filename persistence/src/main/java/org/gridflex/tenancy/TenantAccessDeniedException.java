package org.gridflex.tenancy;

import jakarta.ejb.ApplicationException;

/** An operator asked for data of a TSO other than their own. */
@ApplicationException(rollback = true)
public class TenantAccessDeniedException extends RuntimeException {

    public TenantAccessDeniedException(String caller, TenantId tenant) {
        super("Caller '" + caller + "' has no access to tenant " + tenant);
    }
}
