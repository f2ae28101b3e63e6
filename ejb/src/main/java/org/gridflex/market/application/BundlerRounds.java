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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListSet;
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

    /** Rounds this node ran in the last hour, for operators (and the test that each round runs on one node). */
    private final ConcurrentSkipListSet<Long> ranHere = new ConcurrentSkipListSet<>();
    private final AtomicBoolean running = new AtomicBoolean();

    /** A round as the cluster saw it: which node claimed it, and whether that was this one. */
    public record RoundRecord(long round, String claimant, boolean ranHere) {
    }

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
        ranHere.add(round);
        while (ranHere.size() > 720) {
            ranHere.pollFirst();
        }
        if (bundles > 0) {
            long ms = (System.nanoTime() - started) / 1_000_000;
            int made = bundles;
            LOG.fine(() -> "Bundler round " + round + " for " + open.start() + ": " + made + " bundles in " + ms + " ms");
        }
        return true;
    }

    /** The last {@code count} rounds before the current one. */
    public List<RoundRecord> recent(int count) {
        long current = System.currentTimeMillis() / settings.bundlerIntervalMillis();
        List<RoundRecord> rounds = new ArrayList<>();
        for (long round = current - count; round < current; round++) {
            rounds.add(new RoundRecord(round, claims.claimant(round), ranHere.contains(round)));
        }
        return rounds;
    }
}
