package org.gridflex.market.interfaces.websocket;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridflex.market.model.FlexRequestAccess;
import org.gridflex.tenancy.TenantAccessPolicy;
import org.gridflex.tenancy.TenantRegistry;

/**
 * Records at the HTTP handshake (already authenticated by the web container) which tenants the caller may follow;
 * the endpoint refuses a subscription to any other.
 */
public class TenantHandshake extends ServerEndpointConfig.Configurator {

    static final String VISIBLE_TENANTS = "gridflex.visibleTenants";
    static final String WHOLE_TSO = "gridflex.wholeTso";
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
}
