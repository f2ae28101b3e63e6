package org.gridflex.market.application;

import jakarta.ejb.ApplicationException;

/** A DSO operator asking on behalf of a DSO it does not act for (or of none). */
@ApplicationException(rollback = true)
public class FlexRequestForbiddenException extends RuntimeException {

    public FlexRequestForbiddenException(String message) {
        super(message);
    }
}
