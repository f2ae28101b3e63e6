package org.gridflex.market.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Instant;
import java.util.function.Consumer;
import org.gridflex.cluster.Followers;
import org.gridflex.cluster.ReplicatedChanges;
import org.infinispan.Cache;

/**
 * The bundles of the traded periods in the replicated cache (request id to the bundle's JSON) and this node's
 * followers of them. A round runs on one node; its bundles reach every node's followers through the cache.
 */
@ApplicationScoped
public class BundleFeed {

    @Resource(lookup = "java:jboss/infinispan/cache/gridflex/bundles")
    Cache<String, String> bundles;

    private final Followers<BundleView> subscribers = new Followers<>("bundle feed");
    private ReplicatedChanges listener;

    @PostConstruct
    void listen() {
        // every bundle written on any node, this one's included
        listener = ReplicatedChanges.follow(bundles, "bundle feed", false,
                (requestId, json) -> subscribers.tell(BundleView.fromJson(json)), null);
    }

    @PreDestroy
    void stopListening() {
        if (listener != null) {
            listener.stop(bundles);
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
}
