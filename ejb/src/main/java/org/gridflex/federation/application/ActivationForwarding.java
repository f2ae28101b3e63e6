package org.gridflex.federation.application;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.List;
import java.util.logging.Logger;
import org.gridflex.activation.application.ActivationJson;
import org.gridflex.activation.model.Activation;
import org.gridflex.federation.model.FederationMessageKind;
import org.gridflex.tenancy.TenantId;

/**
 * Sends the activations of a setpoint for devices connected to a peer installation to that peer, as signed here: one
 * message per peer and setpoint, {@code {"tenant":..,"setpointId":..,"requestId":..,"activations":[..]}}, each
 * activation in the device's JSON form with this node's per-setpoint signature, key id and proof. The message itself
 * is not signed again: every activation in it already is, and the peer verifies each against this installation's
 * configured key before it does anything. Non-persistent like local activations: one lost in a broker restart
 * would be stale on arrival.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ActivationForwarding {

    private static final Logger LOG = Logger.getLogger(ActivationForwarding.class.getName());
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    FederationSettings settings;

    @Inject
    PeerOutbox outbox;

    @Inject
    FederationTraffic traffic;

    public void forward(String peer, TenantId tenant, String setpointId, String requestId, List<Activation> signed) {
        if (settings.config().peer(peer).isEmpty()) {
            // the offer came from a peer that is no longer configured: its devices stay unreached (reported MISSED)
            LOG.warning(() -> signed.size() + " activations of setpoint " + setpointId + " not forwarded: " + peer
                    + " is not a configured peer");
            return;
        }
        JsonArrayBuilder activations = JSON.createArrayBuilder();
        signed.forEach(a -> activations.add(ActivationJson.toObject(a)));
        String payload = JSON.createObjectBuilder().add("tenant", tenant.value()).add("setpointId", setpointId)
                .add("requestId", requestId).add("activations", activations).build().toString();
        outbox.sendNow(peer, FederationMessageKind.ACTIVATIONS, payload, false, false);
        traffic.add(FederationTraffic.Counter.ACTIVATIONS_FORWARDED, signed.size());
    }
}
