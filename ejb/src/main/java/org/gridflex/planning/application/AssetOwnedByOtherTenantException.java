package org.gridflex.planning.application;

import jakarta.ejb.ApplicationException;

/** An asset is already registered with another TSO; assets do not move between TSOs. */
@ApplicationException(rollback = true)
public class AssetOwnedByOtherTenantException extends RuntimeException {

    public AssetOwnedByOtherTenantException(String message) {
        super(message);
    }
}
