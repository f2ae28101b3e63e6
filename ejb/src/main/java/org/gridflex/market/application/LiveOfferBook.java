package org.gridflex.market.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gridflex.tenancy.TenantId;
import org.infinispan.Cache;
import org.infinispan.notifications.Listener;
import org.infinispan.notifications.cachelistener.annotation.CacheEntryCreated;
import org.infinispan.notifications.cachelistener.annotation.CacheEntryModified;
import org.infinispan.notifications.cachelistener.event.CacheEntryEvent;

/**
 * The live offers of the open and next periods, held in the replicated Infinispan cache that server-config defines,
 * and the subscribers (WebSocket sessions) of this node that follow them. Offers enter only after their transaction
 * commits, so the book never shows an offer the database does not have.
 *
 * <p>Subscribers are fed by a cache listener, not by the intake: an offer accepted on this node and one replicated
 * from another node take the same path. Values are the offers' JSON text ({@link OfferView#toJson()}).
 */
@ApplicationScoped
public class LiveOfferBook {

    private static final Logger LOG = Logger.getLogger(LiveOfferBook.class.getName());

    @Resource(lookup = "java:jboss/infinispan/cache/gridflex/offers")
    Cache<String, String> offers;

    private final Set<Consumer<OfferView>> subscribers = new CopyOnWriteArraySet<>();

    private CacheListener listener;

    @PostConstruct
    void listen() {
        listener = new CacheListener(this, Thread.currentThread().getContextClassLoader());
        offers.addListener(listener);
    }

    @PreDestroy
    void stopListening() {
        if (listener != null) {
            offers.removeListener(listener);
        }
    }

    void onAccepted(@Observes(during = TransactionPhase.AFTER_SUCCESS) OfferAccepted event) {
        OfferView offer = event.offer();
        offers.put(offer.id(), offer.toJson());
    }

    /** Hands a new or revised offer (of this node or replicated from another) to every local subscriber. */
    void publish(OfferView offer) {
        for (Consumer<OfferView> subscriber : subscribers) {
            try {
                subscriber.accept(offer);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "A live-offer subscriber failed; it is dropped", e);
                subscribers.remove(subscriber);
            }
        }
    }

    public List<OfferView> ofTenant(TenantId tenant) {
        return offers.values().stream()
                .map(OfferView::fromJson)
                .filter(o -> o.tenant().equals(tenant.value()))
                .sorted(Comparator.comparing(OfferView::periodStart)
                        .thenComparingDouble(OfferView::priceEurPerMwh)
                        .thenComparing(OfferView::receivedAt))
                .toList();
    }

    /**
     * Drops offers whose delivery period ended before the cut-off: memory holds only the open and next periods,
     * the database keeps everything.
     *
     * @return how many offers left the live book
     */
    public int evictEndedBefore(java.time.Instant cutOff) {
        int[] evicted = {0};
        offers.entrySet().removeIf(entry -> {
            boolean ended = !OfferView.fromJson(entry.getValue()).periodEnd().isAfter(cutOff);
            if (ended) {
                evicted[0]++;
            }
            return ended;
        });
        return evicted[0];
    }

    public int size() {
        return offers.size();
    }

    public void subscribe(Consumer<OfferView> subscriber) {
        subscribers.add(subscriber);
    }

    public void unsubscribe(Consumer<OfferView> subscriber) {
        subscribers.remove(subscriber);
    }

    /**
     * Local (non-clustered) listener: in a replicated cache every node's data container takes every write, so each
     * node's listener sees every offer once, after the write (post events only). Asynchronous, so a slow WebSocket
     * never holds up the replication acknowledgement; the deployment's class loader is restored on the listener
     * thread for the JSON work and the subscribers.
     */
    @Listener(sync = false, observation = Listener.Observation.POST)
    public static class CacheListener {

        private final LiveOfferBook book;
        private final ClassLoader deploymentLoader;

        CacheListener(LiveOfferBook book, ClassLoader deploymentLoader) {
            this.book = book;
            this.deploymentLoader = deploymentLoader;
        }

        @CacheEntryCreated
        @CacheEntryModified
        public void entryWritten(CacheEntryEvent<String, String> event) {
            if (event.isPre() || event.getValue() == null) {
                return;
            }
            Thread thread = Thread.currentThread();
            ClassLoader previous = thread.getContextClassLoader();
            thread.setContextClassLoader(deploymentLoader);
            try {
                book.publish(OfferView.fromJson(event.getValue()));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Live offer " + event.getKey() + " could not be pushed to subscribers", e);
            } finally {
                thread.setContextClassLoader(previous);
            }
        }
    }
}
