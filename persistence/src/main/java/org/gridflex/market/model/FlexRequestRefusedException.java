package org.gridflex.market.model;

import jakarta.ejb.ApplicationException;

/** A change to a flex request that the market does not allow (cancelled, gate closed, too many updates). */
@ApplicationException(rollback = true)
public class FlexRequestRefusedException extends RuntimeException {

    public FlexRequestRefusedException(String message) {
        super(message);
    }
}
