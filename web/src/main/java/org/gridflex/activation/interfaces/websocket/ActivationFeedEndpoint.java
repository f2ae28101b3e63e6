package org.gridflex.activation.interfaces.websocket;

import jakarta.inject.Inject;
import jakarta.websocket.CloseReason;
import jakarta.websocket.OnClose;
import jakarta.websocket.OnError;
import jakarta.websocket.OnOpen;
import jakarta.websocket.Session;
import jakarta.websocket.server.PathParam;
import jakarta.websocket.server.ServerEndpoint;
import java.io.IOException;
import java.util.function.Consumer;
import org.gridflex.activation.application.ActivationFeed;
import org.gridflex.market.interfaces.websocket.TenantHandshake;
import org.gridflex.tenancy.TenantId;
import org.gridflex.tenancy.TenantRegistry;

/**
 * Live feed of a TSO's activation answers (TSO operators and administrators): one JSON text message per device answer
 * recorded on this node, as GET /api/activation/tenants/{TSO}/setpoints/{id} shows it.
 */
@ServerEndpoint(value = "/ws/tenants/{tenant}/activations", configurator = TenantHandshake.class)
public class ActivationFeedEndpoint {

    private static final String SUBSCRIPTION = "gridflex.activationSubscription";

    @Inject
    ActivationFeed feed;

    @Inject
    TenantRegistry tenants;

    @OnOpen
    public void open(Session session, @PathParam("tenant") String rawTenant) throws IOException {
        TenantId tenant = TenantHandshake.admit(session, rawTenant, tenants).orElse(null);
        if (tenant == null) {
            return;
        }
        if (!Boolean.TRUE.equals(session.getUserProperties().get(TenantHandshake.WHOLE_TSO))) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "no access to " + tenant + "'s activations"));
            return;
        }
        Consumer<ActivationFeed.Answer> subscription = answer -> {
            if (answer.tenantId().equals(tenant.value()) && session.isOpen()) {
                session.getAsyncRemote().sendText(answer.json());
            }
        };
        session.getUserProperties().put(SUBSCRIPTION, subscription);
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
            feed.unsubscribe((Consumer<ActivationFeed.Answer>) subscription);
        }
    }
}
