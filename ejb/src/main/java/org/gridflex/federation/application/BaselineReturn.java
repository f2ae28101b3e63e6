package org.gridflex.federation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import java.nio.charset.StandardCharsets;
import org.gridflex.activation.application.PeerActivationAnswered;
import org.gridflex.federation.model.FederationMessageKind;

/**
 * Sends a device's answer to an activation a peer issued back to that peer, in the transaction that recorded it
 * here: {@code {"tenant":..,"deviceId":..,"baseline":"<the device's JSON, as it sent it>"}}, signed with this node's
 * key. Persistent: the issuer waits for it, and the bridge carries it over an outage.
 */
@ApplicationScoped
public class BaselineReturn {

    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    PeerOutbox outbox;

    @Inject
    FederationTraffic traffic;

    void answered(@Observes PeerActivationAnswered event) {
        String payload = JSON.createObjectBuilder().add("tenant", event.tenantId()).add("deviceId", event.deviceId())
                .add("baseline", new String(event.deviceAnswer(), StandardCharsets.UTF_8)).build().toString();
        outbox.sendOnCommit(event.issuedBy(), FederationMessageKind.BASELINE, payload);
        traffic.add(FederationTraffic.Counter.BASELINES_RETURNED, 1);
    }
}
