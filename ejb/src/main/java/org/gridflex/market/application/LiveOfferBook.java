package org.gridflex.market.application;

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

/**
 * The live offers of the open and next periods, held in the Infinispan cache that server-config defines, and the
 * subscribers (WebSocket sessions) that follow them. Offers enter only after their transaction commits, so the
 * book never shows an offer the database does not have.
 */
@ApplicationScoped
public class LiveOfferBook {

    private static final Logger LOG = Logger.getLogger(LiveOfferBook.class.getName());

    @Resource(lookup = "java:jboss/infinispan/cache/gridflex/offers")
    Cache<String, OfferView> offers;

    private final Set<Consumer<OfferView>> subscribers = new CopyOnWriteArraySet<>();

    void onAccepted(@Observes(during = TransactionPhase.AFTER_SUCCESS) OfferAccepted event) {
        OfferView offer = event.offer();
        offers.put(offer.id(), offer);
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
            boolean ended = !entry.getValue().periodEnd().isAfter(cutOff);
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
}
