package org.gridflex.market.application;

import jakarta.ejb.ApplicationException;

/** No such request for this TSO, or none the caller may see (the two are not told apart). */
@ApplicationException(rollback = true)
public class FlexRequestNotFoundException extends RuntimeException {

    public FlexRequestNotFoundException(String id) {
        super("No flex request '" + id + "'");
    }
}
