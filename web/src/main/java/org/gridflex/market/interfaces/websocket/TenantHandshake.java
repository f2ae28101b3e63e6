package org.gridflex.market.interfaces.websocket;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.CloseReason;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridflex.market.model.FlexRequestAccess;
import org.gridflex.tenancy.TenantAccessPolicy;
import org.gridflex.tenancy.TenantId;
import org.gridflex.tenancy.TenantRegistry;
import org.gridflex.tenancy.UnknownTenantException;

/**
 * Records at the HTTP handshake (already authenticated by the web container) which tenants the caller may follow;
 * the endpoint refuses a subscription to any other.
 */
public class TenantHandshake extends ServerEndpointConfig.Configurator {

    static final String VISIBLE_TENANTS = "gridflex.visibleTenants";
    public static final String WHOLE_TSO = "gridflex.wholeTso";
    /** The DSO a dso operator follows ({@code ?dso=ORES} on the handshake), once its role was checked. */
    static final String DSO = "gridflex.dso";

    @Override
    public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
        TenantRegistry tenants = CDI.current().select(TenantRegistry.class).get();
        Set<String> visible = tenants.all().stream()
                .filter(t -> TenantAccessPolicy.mayAccess(request::isUserInRole, t))
                .map(t -> t.value())
                .collect(Collectors.toUnmodifiableSet());
        config.getUserProperties().put(VISIBLE_TENANTS, visible);
        config.getUserProperties().put(WHOLE_TSO, FlexRequestAccess.actsForWholeTso(request::isUserInRole));
        config.getUserProperties().remove(DSO);
        var dso = request.getParameterMap().get("dso");
        if (dso != null && !dso.isEmpty() && request.isUserInRole(FlexRequestAccess.DSO_ROLE_PREFIX + dso.get(0))) {
            config.getUserProperties().put(DSO, dso.get(0));
        }
    }

    /**
     * Admits a session to a tenant's feed: the tenant must exist and be one the caller may see (recorded at the
     * handshake). Otherwise the session is closed (1003 for an unknown tenant, 1008 — the WebSocket 403 — for a
     * foreign one) and nothing is returned.
     */
    public static java.util.Optional<TenantId> admit(Session session, String rawTenant, TenantRegistry tenants)
            throws IOException {
        TenantId tenant;
        try {
            tenant = tenants.require(rawTenant);
        } catch (UnknownTenantException e) {
            session.close(new CloseReason(CloseReason.CloseCodes.CANNOT_ACCEPT, "unknown tenant"));
            return java.util.Optional.empty();
        }
        @SuppressWarnings("unchecked")
        Set<String> visible = (Set<String>) session.getUserProperties().get(VISIBLE_TENANTS);
        if (visible == null || !visible.contains(tenant.value())) {
            session.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, "no access to " + tenant));
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(tenant);
    }
}
