package org.gridflex.activation.application;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Logger;
import org.gridflex.market.application.MarketSettings;
import org.gridflex.tenancy.TenantId;
import org.gridflex.tenancy.TenantRegistry;

/**
 * Every two seconds, marks the activations no device answered within their validity (plus a second's grace) as
 * MISSED, TSO by TSO, so the requester sees them reported. The update is idempotent: every node may run it.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MissedActivations {

    private static final Logger LOG = Logger.getLogger(MissedActivations.class.getName());
    static final Duration GRACE = Duration.ofSeconds(1);
    /** Per TSO and sweep, so one sweep's transaction stays short; a larger backlog is taken by the next sweeps. */
    static final int SWEEP_LIMIT = 1000;

    @Inject
    TenantRegistry tenants;

    @Inject
    ActivationRecords records;

    @Inject
    MarketSettings settings;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void markMissed() {
        for (TenantId tenant : tenants.all()) {
            int missed = records.markMissed(tenant, settings.clock().instant().minus(GRACE), SWEEP_LIMIT);
            if (missed > 0) {
                LOG.warning(() -> missed + " activations of " + tenant + " were not answered within their validity");
            }
        }
    }
}
