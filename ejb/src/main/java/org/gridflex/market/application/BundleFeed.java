package org.gridflex.market.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.infinispan.Cache;
import org.infinispan.notifications.Listener;
import org.infinispan.notifications.cachelistener.annotation.CacheEntryCreated;
import org.infinispan.notifications.cachelistener.annotation.CacheEntryModified;
import org.infinispan.notifications.cachelistener.event.CacheEntryEvent;

/**
 * The bundles of the traded periods in the replicated cache (request id to the bundle's JSON) and this node's
 * followers of them. A round runs on one node; its bundles reach every node's followers through the cache.
 */
@ApplicationScoped
public class BundleFeed {

    private static final Logger LOG = Logger.getLogger(BundleFeed.class.getName());

    @Resource(lookup = "java:jboss/infinispan/cache/gridflex/bundles")
    Cache<String, String> bundles;

    private final Set<Consumer<BundleView>> subscribers = new CopyOnWriteArraySet<>();
    private FeedListener listener;

    @PostConstruct
    void listen() {
        listener = new FeedListener(this, Thread.currentThread().getContextClassLoader());
        bundles.addListener(listener);
    }

    @PreDestroy
    void stopListening() {
        if (listener != null) {
            bundles.removeListener(listener);
        }
    }

    void onMade(@Observes(during = TransactionPhase.AFTER_SUCCESS) BundlesMade made) {
        for (BundleView bundle : made.bundles()) {
            bundles.put(bundle.requestId(), bundle.toJson());
        }
    }

    /**
     * Bundles of periods that started before the cut-off (pass the start of the period being delivered) leave
     * memory; the TSO databases keep them.
     */
    public int evictStartedBefore(Instant cutOff) {
        int[] evicted = {0};
        bundles.entrySet().removeIf(e -> {
            boolean ended = BundleView.fromJson(e.getValue()).periodStart().isBefore(cutOff);
            evicted[0] += ended ? 1 : 0;
            return ended;
        });
        return evicted[0];
    }

    public void subscribe(Consumer<BundleView> subscriber) {
        subscribers.add(subscriber);
    }

    public void unsubscribe(Consumer<BundleView> subscriber) {
        subscribers.remove(subscriber);
    }

    private void written(BundleView bundle) {
        for (Consumer<BundleView> subscriber : subscribers) {
            try {
                subscriber.accept(bundle);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "A bundle subscriber failed; it is dropped", e);
                subscribers.remove(subscriber);
            }
        }
    }

    /** Sees every bundle written on any node, after the fact and off the writer's thread. */
    @Listener(sync = false, observation = Listener.Observation.POST)
    public static class FeedListener {

        private final BundleFeed feed;
        private final ClassLoader deployment;

        FeedListener(BundleFeed feed, ClassLoader deployment) {
            this.feed = feed;
            this.deployment = deployment;
        }

        @CacheEntryCreated
        @CacheEntryModified
        public void written(CacheEntryEvent<String, String> event) {
            if (event.getValue() == null) {
                return;
            }
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(deployment);
            try {
                feed.written(BundleView.fromJson(event.getValue()));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A bundle could not be pushed to this node's followers", e);
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }
}
