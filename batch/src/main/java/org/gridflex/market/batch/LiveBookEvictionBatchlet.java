package org.gridflex.market.batch;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import org.gridflex.market.application.LiveOfferBook;
import org.gridflex.market.application.MarketSettings;
import org.gridflex.market.model.DeliveryPeriod;

/** Evicts every offer whose period ended before the open period started. */
@Named
@Dependent
public class LiveBookEvictionBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(LiveBookEvictionBatchlet.class.getName());

    @Inject
    LiveOfferBook liveBook;

    @Inject
    MarketSettings settings;

    @Inject
    StepContext step;

    @Override
    public String process() {
        DeliveryPeriod open = DeliveryPeriod.containing(settings.clock().instant(), settings.periodLength());
        int evicted = liveBook.evictEndedBefore(open.start());
        step.setExitStatus("EVICTED " + evicted);
        if (evicted > 0) {
            LOG.info(() -> "Evicted " + evicted + " offers of ended periods from the live book; " + liveBook.size() + " remain");
        }
        return "COMPLETED";
    }
}
