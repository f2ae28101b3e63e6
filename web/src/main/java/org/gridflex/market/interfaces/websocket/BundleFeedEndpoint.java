package org.gridflex.market.interfaces.websocket;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Consumer;
import org.gridflex.market.application.BundleFeed;
import org.gridflex.market.application.BundleView;
import org.gridflex.tenancy.TenantId;
import org.gridflex.tenancy.TenantRegistry;

/**
 * Live feed of a TSO's bundles, one JSON text message per bundle each round. TSO operators and administrators follow
 * all of the TSO's bundles; a DSO operator follows those of its own requests and says which DSO it acts for with
 * {@code ?dso=<id>}.
 */
@ServerEndpoint(value = "/ws/tenants/{tenant}/bundles", configurator = TenantHandshake.class)
public class BundleFeedEndpoint {

    private static final String SUBSCRIPTION = "gridflex.bundleSubscription";

    @Inject
    BundleFeed feed;

    @Inject
    TenantRegistry tenants;

    @OnOpen
    public void open(Session session, @PathParam("tenant") String rawTenant) throws IOException {
        TenantId tenant = TenantHandshake.admit(session, rawTenant, tenants).orElse(null);
        if (tenant == null) {
            return;
        }
        var properties = session.getUserProperties();
        boolean wholeTso = Boolean.TRUE.equals(properties.get(TenantHandshake.WHOLE_TSO));
        String dso = (String) properties.get(TenantHandshake.DSO);
        if (!wholeTso && dso == null) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "no access to " + tenant + "'s bundles"));
            return;
        }
        Consumer<BundleView> subscription = bundle -> {
            if (bundle.tenant().equals(tenant.value()) && (wholeTso || Objects.equals(dso, bundle.dso()))
                    && session.isOpen()) {
                session.getAsyncRemote().sendText(bundle.toJson());
            }
        };
        properties.put(SUBSCRIPTION, subscription);
        feed.subscribe(subscription);
    }

    @OnClose
    public void close(Session session) {
        unsubscribe(session);
    }

    @OnError
    public void error(Session session, Throwable failure) {
        unsubscribe(session);
    }

    @SuppressWarnings("unchecked")
    private void unsubscribe(Session session) {
        Object subscription = session.getUserProperties().remove(SUBSCRIPTION);
        if (subscription != null) {
            feed.unsubscribe((Consumer<BundleView>) subscription);
        }
    }
}
