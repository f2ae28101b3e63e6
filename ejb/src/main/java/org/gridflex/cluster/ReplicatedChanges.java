package org.gridflex.cluster;

import java.util.function.BiConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.infinispan.Cache;
import org.infinispan.notifications.Listener;
import org.infinispan.notifications.cachelistener.annotation.CacheEntryCreated;
import org.infinispan.notifications.cachelistener.annotation.CacheEntryModified;
import org.infinispan.notifications.cachelistener.annotation.CacheEntryRemoved;
import org.infinispan.notifications.cachelistener.event.CacheEntryEvent;
import org.infinispan.notifications.cachelistener.event.CacheEntryRemovedEvent;

/**
 * Hands the writes and removals a replicated cache sees on this node to the application, after the fact and off the
 * writer's thread, so a slow follower never holds up replication. Listener threads belong to Infinispan: the
 * callbacks run with the deployment's class loader (JSON providers, CDI) and a failure is logged, never thrown back
 * into the cache. Either every change is handed on, or only those made on other nodes (when the writing node has
 * already applied its own).
 */
@Listener(sync = false, observation = Listener.Observation.POST)
public final class ReplicatedChanges {

    private static final Logger LOG = Logger.getLogger(ReplicatedChanges.class.getName());

    private final String what;
    private final boolean othersOnly;
    private final BiConsumer<String, String> written;
    private final BiConsumer<String, String> removed;
    private final ClassLoader deployment;

    private ReplicatedChanges(String what, boolean othersOnly, BiConsumer<String, String> written,
            BiConsumer<String, String> removed) {
        this.what = what;
        this.othersOnly = othersOnly;
        this.written = written;
        this.removed = removed;
        this.deployment = Thread.currentThread().getContextClassLoader();
    }

    /**
     * Starts following the cache; call from the deployment (its class loader is remembered) and
     * {@link #stop(Cache)} when done.
     *
     * @param written key and new value of every entry created or modified
     * @param removed key and old value (may be null) of every entry removed, or null to ignore removals
     */
    public static ReplicatedChanges follow(Cache<String, String> cache, String what, boolean othersOnly,
            BiConsumer<String, String> written, BiConsumer<String, String> removed) {
        ReplicatedChanges changes = new ReplicatedChanges(what, othersOnly, written, removed);
        cache.addListener(changes);
        return changes;
    }

    public void stop(Cache<String, String> cache) {
        cache.removeListener(this);
    }

    @CacheEntryCreated
    @CacheEntryModified
    public void written(CacheEntryEvent<String, String> event) {
        if (event.getValue() != null && !(othersOnly && event.isOriginLocal())) {
            inDeployment(() -> written.accept(event.getKey(), event.getValue()));
        }
    }

    @CacheEntryRemoved
    public void removed(CacheEntryRemovedEvent<String, String> event) {
        if (removed != null && !(othersOnly && event.isOriginLocal())) {
            inDeployment(() -> removed.accept(event.getKey(), event.getOldValue()));
        }
    }

    private void inDeployment(Runnable work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(deployment);
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A change of the " + what + " could not be applied on this node", e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
