package org.gridflex.market.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.gridflex.market.application.BundleFeed;
import org.gridflex.market.application.LiveOfferBook;
import org.gridflex.market.application.MarketSettings;
import org.gridflex.market.model.DeliveryPeriod;

/**
 * Evicts offers and bundles of delivered periods from memory: what the seed keeps live is the traded periods' offers
 * and requests and the bundles of the period being delivered.
 */
@Named
@Dependent
public class LiveBookEvictionBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(LiveBookEvictionBatchlet.class.getName());

    @Inject
    LiveOfferBook liveBook;

    @Inject
    BundleFeed bundles;

    @Inject
    MarketSettings settings;

    @Inject
    StepContext step;

    @Override
    public String process() {
        DeliveryPeriod delivering = DeliveryPeriod.containing(settings.clock().instant(), settings.periodLength());
        int evicted = liveBook.evictEndedBefore(delivering.start());
        int bundlesEvicted = bundles.evictStartedBefore(delivering.start());
        step.setExitStatus("EVICTED " + evicted + " offers, " + bundlesEvicted + " bundles");
        if (evicted + bundlesEvicted > 0) {
            LOG.info(() -> "Evicted " + evicted + " offers and " + bundlesEvicted + " bundles of delivered periods; "
                    + liveBook.size() + " offers remain live");
        }
        return "COMPLETED";
    }
}
