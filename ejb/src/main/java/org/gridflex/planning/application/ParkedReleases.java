package org.gridflex.planning.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.gridflex.planning.model.AssetKey;

/** Releases an asset's parked planning messages in a transaction of its own, after the asset is registered. */
@Stateless
public class ParkedReleases {

    private static final Logger LOG = Logger.getLogger(ParkedReleases.class.getName());

    @Inject
    ParkedPlanningMessages parked;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int release(AssetKey asset) {
        int released = parked.release(asset);
        if (released > 0) {
            LOG.info(() -> "Released " + released + " parked planning messages of " + asset);
        }
        return released;
    }
}
