package org.gridflex.planning.messaging;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gridflex.tenancy.TenantId;
import org.gridflex.tenancy.TenantRegistry;

/**
 * The planning consumers of this node: {@value #ROUTERS} threads route the inbox, and every TSO has one thread of its
 * own that stores its messages, so a flood for one TSO waits in that TSO's queue and never in front of another's.
 * Every node of a cluster runs the same threads: they compete for the messages like MDB sessions would, but take them
 * in batches (see {@link PlanningBatches}).
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PlanningDrains {

    static final int ROUTERS = 2;
    // how long an idle consumer waits before it closes and opens again: every new consumer asks the broker about its
    // address, which scans all addresses (two per connected device), so idle drains should not churn
    private static final long WAIT_MILLIS = 3000;
    private static final Logger LOG = Logger.getLogger(PlanningDrains.class.getName());

    @Resource
    ManagedThreadFactory threads;

    @Inject
    PlanningBatches batches;

    @Inject
    TenantRegistry tenants;

    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> started = new ArrayList<>();

    @PostConstruct
    void start() {
        for (int i = 0; i < ROUTERS; i++) {
            start("planning-inbox-" + i, () -> batches.routeFromInbox(WAIT_MILLIS));
        }
        for (TenantId tenant : tenants.all()) {
            start("planning-" + tenant, () -> batches.storeFor(tenant, WAIT_MILLIS));
        }
        LOG.info(() -> "Planning consumers started: " + ROUTERS + " inbox routers, one store per TSO " + tenants.all());
    }

    private void start(String name, LongSupplier batch) {
        Thread thread = threads.newThread(() -> loop(name, batch));
        thread.setName(name);
        thread.start();
        started.add(thread);
    }

    private void loop(String name, LongSupplier batch) {
        while (running.get()) {
            try {
                batch.getAsLong();
            } catch (RuntimeException e) {
                if (!running.get()) {
                    return;
                }
                // the batch rolled back and its messages come back one by one; pause so a broken database is not hammered
                LOG.log(Level.FINE, name + ": a batch rolled back", e);
                LOG.info(() -> name + ": a batch rolled back (" + e + "); its messages are retried one by one");
                pause(200);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() {
        running.set(false);
        for (Thread thread : started) {
            try {
                thread.join(WAIT_MILLIS * 3);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
