package org.gridflex.market.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gridflex.market.model.DeliveryPeriod;
import org.gridflex.tenancy.TenantId;
import org.gridflex.tenancy.TenantRegistry;

/**
 * The bundler's clock: a round every {@code gridflex.market.bundler-interval-ms} (5 s), aligned to the wall clock so
 * that all nodes agree on round numbers; the node that claims a round runs it for every TSO. A round still running
 * when the next one is due makes this node skip that one rather than pile up.
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BundlerRounds {

    private static final Logger LOG = Logger.getLogger(BundlerRounds.class.getName());

    @Resource
    TimerService timers;

    @Inject
    MarketSettings settings;

    @Inject
    TenantRegistry tenants;

    @Inject
    BundlerRoundClaims claims;

    @Inject
    TenantBundling tenantBundling;

    private final AtomicBoolean running = new AtomicBoolean();
    private volatile long lastRound = -1;

    @PostConstruct
    void start() {
        long interval = settings.bundlerIntervalMillis();
        long delay = interval - System.currentTimeMillis() % interval;
        timers.createIntervalTimer(delay, interval, new TimerConfig("gridflex-bundler", false));
    }

    @Timeout
    void tick() {
        long round = System.currentTimeMillis() / settings.bundlerIntervalMillis();
        if (!running.compareAndSet(false, true)) {
            LOG.warning(() -> "Bundler round " + round + " skipped on this node: the previous round is still running");
            return;
        }
        try {
            runRound(round);
        } finally {
            running.set(false);
        }
    }

    /** Runs a round if this node wins its claim; returns whether it ran here. */
    public boolean runRound(long round) {
        if (!claims.claim(round)) {
            return false;
        }
        Instant now = settings.clock().instant();
        DeliveryPeriod open = DeliveryPeriod.openAt(now, settings.periodLength(), settings.gateClosureLead());
        long started = System.nanoTime();
        int bundles = 0;
        for (TenantId tenant : tenants.all()) {
            try {
                bundles += tenantBundling.run(tenant, round, open, now);
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Bundler round " + round + " failed for " + tenant + "; other TSOs go on", e);
            }
        }
        lastRound = round;
        if (bundles > 0) {
            long ms = (System.nanoTime() - started) / 1_000_000;
            int made = bundles;
            LOG.fine(() -> "Bundler round " + round + " for " + open.start() + ": " + made + " bundles in " + ms + " ms");
        }
        return true;
    }

    public long lastRound() {
        return lastRound;
    }
}
