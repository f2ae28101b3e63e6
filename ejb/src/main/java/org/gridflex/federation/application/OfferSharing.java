package org.gridflex.federation.application;

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
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gridflex.federation.model.FederationMessageKind;
import org.gridflex.federation.model.Peer;
import org.gridflex.market.application.OfferView;
import org.gridflex.market.application.OffersChanged;

/**
 * Shares the offers this node's devices make (and withdraw) with every peer installation: changes are collected as
 * the intake stores them and sent every {@code gridflex.federation.offer-batch-ms} in one message per peer, signed
 * with this node's activation key. Only offers of this installation's own devices are shared: offers that came
 * from a peer enter the book without an intake event, so they can never travel on (no loops).
 *
 * <p>Payload: {@code {"offers":[<offer>...],"withdrawn":[{"id":..,"version":..}...]}}, an offer in the live book's
 * JSON form ({@link OfferView#toJson()}).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OfferSharing {

    private static final Logger LOG = Logger.getLogger(OfferSharing.class.getName());
    private static final JsonProvider JSON = JsonProvider.provider();
    private static final int MAX_BATCH = 2000;

    private record Change(OfferView offer, boolean withdrawn) {
    }

    private final ConcurrentLinkedQueue<Change> pending = new ConcurrentLinkedQueue<>();

    @Inject
    FederationSettings settings;

    @Inject
    PeerOutbox outbox;

    @Inject
    FederationTraffic traffic;

    @Resource
    TimerService timers;

    @PostConstruct
    void start() {
        if (settings.config().enabled()) {
            long interval = settings.offerBatchMillis();
            timers.createIntervalTimer(interval, interval, new TimerConfig("gridflex-federation-offers", false));
        }
    }

    /** The intake announces a batch once it is stored (after its commit). */
    public void changed(@Observes OffersChanged event) {
        event.inMarket().forEach(offer -> collect(offer, false));
        event.withdrawn().forEach(offer -> collect(offer, true));
    }

    private void collect(OfferView offer, boolean withdrawn) {
        if (settings.config().enabled() && offer.origin() == null) {
            pending.add(new Change(offer, withdrawn));
        }
    }

    @Timeout
    void sendPending() {
        while (!pending.isEmpty()) {
            List<Change> batch = new ArrayList<>();
            Change change;
            while (batch.size() < MAX_BATCH && (change = pending.poll()) != null) {
                batch.add(change);
            }
            share(batch);
        }
    }

    private void share(List<Change> batch) {
        JsonArrayBuilder offers = JSON.createArrayBuilder();
        JsonArrayBuilder withdrawn = JSON.createArrayBuilder();
        long offerCount = 0;
        for (Change change : batch) {
            if (change.withdrawn()) {
                withdrawn.add(JSON.createObjectBuilder().add("id", change.offer().id())
                        .add("version", change.offer().version()));
            } else {
                offers.add(JSON.createReader(new StringReader(change.offer().toJson())).readObject());
                offerCount++;
            }
        }
        String payload = JSON.createObjectBuilder().add("offers", offers).add("withdrawn", withdrawn).build().toString();
        for (Peer peer : settings.config().allPeers()) {
            try {
                outbox.sendNow(peer.name(), FederationMessageKind.OFFERS, payload, true, true);
                traffic.add(FederationTraffic.Counter.OFFERS_SHARED, offerCount);
                traffic.add(FederationTraffic.Counter.WITHDRAWALS_SHARED, batch.size() - offerCount);
            } catch (RuntimeException e) {
                // the local queue takes the message even while the peer is down; failing here means our own broker
                LOG.log(Level.SEVERE, "Could not queue " + batch.size() + " offer changes for peer " + peer.name(), e);
            }
        }
    }
}
