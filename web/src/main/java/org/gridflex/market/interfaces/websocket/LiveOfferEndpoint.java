package org.gridflex.market.interfaces.websocket;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.function.Consumer;
import java.util.logging.Logger;
import jakarta.json.Json;
import java.io.StringReader;
import org.gridflex.market.application.LiveOfferBook;
import org.gridflex.market.application.OfferBookChange;
import org.gridflex.tenancy.TenantId;
import org.gridflex.tenancy.TenantRegistry;

/**
 * Live feed of a TSO's order book: one JSON text message per accepted or revised offer, and the offer with
 * {@code "withdrawn":true} when it leaves the book.
 */
@ServerEndpoint(value = "/ws/tenants/{tenant}/offers", configurator = TenantHandshake.class)
public class LiveOfferEndpoint {

    private static final Logger LOG = Logger.getLogger(LiveOfferEndpoint.class.getName());
    private static final Jsonb JSON = JsonbBuilder.create();
    private static final String SUBSCRIPTION = "gridflex.subscription";

    @Inject
    LiveOfferBook liveBook;

    @Inject
    TenantRegistry tenants;

    @OnOpen
    public void open(Session session, @PathParam("tenant") String rawTenant) throws IOException {
        TenantId tenant = TenantHandshake.admit(session, rawTenant, tenants).orElse(null);
        if (tenant == null) {
            return;
        }
        Consumer<OfferBookChange> subscription = change -> {
            if (change.offer().tenant().equals(tenant.value()) && session.isOpen()) {
                session.getAsyncRemote().sendText(toJson(change));
            }
        };
        session.getUserProperties().put(SUBSCRIPTION, subscription);
        liveBook.subscribe(subscription);
        LOG.fine(() -> "Live offers for " + tenant + " followed by " + session.getUserPrincipal());
    }

    private static String toJson(OfferBookChange change) {
        String offer = JSON.toJson(change.offer());
        if (!change.withdrawn()) {
            return offer;
        }
        return Json.createObjectBuilder(Json.createReader(new StringReader(offer)).readObject())
                .add("withdrawn", true).build().toString();
    }

    @OnClose
    public void close(Session session) {
        unsubscribe(session);
    }

    @OnError
    public void error(Session session, Throwable failure) {
        LOG.fine(() -> "Live-offer session failed: " + failure);
        unsubscribe(session);
    }

    @SuppressWarnings("unchecked")
    private void unsubscribe(Session session) {
        Object subscription = session.getUserProperties().remove(SUBSCRIPTION);
        if (subscription != null) {
            liveBook.unsubscribe((Consumer<OfferBookChange>) subscription);
        }
    }
}
