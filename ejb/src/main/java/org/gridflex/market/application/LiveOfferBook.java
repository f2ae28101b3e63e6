package org.gridflex.market.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import org.gridflex.cluster.Followers;
import org.gridflex.cluster.ReplicatedChanges;
import org.gridflex.market.bundling.BookOffer;
import org.gridflex.market.model.DeliveryPeriod;
import org.gridflex.tenancy.TenantId;
import org.infinispan.Cache;

/**
 * The live order book: the offers of the traded periods, held in the replicated Infinispan cache that server-config
 * defines (values are the offers' JSON text, {@link OfferView#toJson()}, so nodes exchange plain strings), plus this
 * node's parsed index of it and the WebSocket subscribers of this node. Offers enter only after their transaction
 * commits, so the book never shows an offer the database does not have.
 *
 * <p>The node that takes a change indexes it and feeds its subscribers directly; a cache listener does the same on
 * every other node when the change arrives there.
 */
@ApplicationScoped
public class LiveOfferBook {

    @Resource(lookup = "java:jboss/infinispan/cache/gridflex/offers")
    Cache<String, String> offers;

    private final ConcurrentMap<String, OfferView> index = new ConcurrentHashMap<>();
    private final Followers<OfferBookChange> subscribers = new Followers<>("live order book");
    private ReplicatedChanges listener;

    @PostConstruct
    void listen() {
        // this node's own changes are indexed by the writer (onChanged); the listener brings the other nodes'
        listener = ReplicatedChanges.follow(offers, "live order book", true,
                (id, json) -> written(OfferView.fromJson(json)), (id, json) -> removed(id, json, null));
        // a node that joins late starts from what the cluster already holds
        offers.forEach((id, json) -> index.putIfAbsent(id, OfferView.fromJson(json)));
    }

    @PreDestroy
    void stopListening() {
        if (listener != null) {
            listener.stop(offers);
        }
    }

    /**
     * Committed changes enter the book on every node: one replicated write for the whole batch. This node indexes
     * and announces them at once; the cache listener does the same on the other nodes.
     */
    void onChanged(@Observes OffersChanged change) {
        Map<String, String> entries = new HashMap<>();
        for (OfferView offer : change.inMarket()) {
            entries.put(offer.id(), offer.toJson());
        }
        if (!entries.isEmpty()) {
            offers.putAll(entries);
            change.inMarket().forEach(this::written);
        }
        for (OfferView offer : change.withdrawn()) {
            offers.remove(offer.id());
            removed(offer.id(), null, offer);
        }
    }

    /**
     * Federation hook: an offer a peer installation shared enters the book like a local one (after verification by
     * the federation), unless the book already holds a newer version of it.
     */
    public void admitShared(OfferView offer) {
        OfferView known = index.get(offer.id());
        if (known == null || known.version() <= offer.version()) {
            offers.put(offer.id(), offer.toJson());
            written(offer);
        }
    }

    /** Federation hook: an offer the peer withdrew leaves the book. */
    public void dropShared(String offerId) {
        offers.remove(offerId);
        removed(offerId, null, null);
    }

    public List<OfferView> ofTenant(TenantId tenant) {
        return index.values().stream()
                .filter(o -> o.tenant().equals(tenant.value()))
                .sorted(Comparator.comparing(OfferView::periodStart)
                        .thenComparingDouble(OfferView::priceEurPerMwh)
                        .thenComparing(OfferView::receivedAt))
                .toList();
    }

    /** The tenant's live offers of one delivery period as the bundler takes them. */
    public List<BookOffer> bookOffers(TenantId tenant, DeliveryPeriod period) {
        return index.values().stream()
                .filter(o -> o.tenant().equals(tenant.value()) && o.periodStart().equals(period.start()))
                .map(OfferView::toBookOffer)
                .toList();
    }

    /**
     * Drops offers whose delivery period ended before the cut-off: memory holds only the traded periods, the
     * database keeps everything.
     *
     * @return how many offers left the live book
     */
    public int evictEndedBefore(Instant cutOff) {
        int evicted = 0;
        for (OfferView offer : index.values()) {
            if (!offer.periodEnd().isAfter(cutOff)) {
                offers.remove(offer.id());
                removed(offer.id(), null, offer);
                evicted++;
            }
        }
        return evicted;
    }

    public int size() {
        return index.size();
    }

    public void subscribe(Consumer<OfferBookChange> subscriber) {
        subscribers.add(subscriber);
    }

    public void unsubscribe(Consumer<OfferBookChange> subscriber) {
        subscribers.remove(subscriber);
    }

    private void written(OfferView offer) {
        index.merge(offer.id(), offer, (known, newer) -> newer.version() >= known.version() ? newer : known);
        notify(new OfferBookChange(offer, false));
    }

    private void removed(String id, String json, OfferView known) {
        OfferView gone = index.remove(id);
        if (gone == null) {
            gone = known;
        }
        if (gone == null && json != null) {
            gone = OfferView.fromJson(json);
        }
        if (gone != null) {
            notify(new OfferBookChange(gone, true));
        }
    }

    private void notify(OfferBookChange change) {
        subscribers.tell(change);
    }
}
