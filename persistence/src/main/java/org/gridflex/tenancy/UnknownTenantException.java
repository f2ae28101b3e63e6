package org.gridflex.tenancy;

import jakarta.ejb.ApplicationException;

/** A tenant id that is well formed but not one of the TSOs this installation serves. */
@ApplicationException(rollback = true)
public class UnknownTenantException extends RuntimeException {

    private final String tenant;

    public UnknownTenantException(String tenant) {
        super("Unknown tenant '" + tenant + "'");
        this.tenant = tenant;
    }

    public String tenant() {
        return tenant;
    }
}
