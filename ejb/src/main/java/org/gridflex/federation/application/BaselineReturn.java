package org.gridflex.federation.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.spi.JsonProvider;
import java.nio.charset.StandardCharsets;
import org.gridflex.activation.application.DeviceAnswer;
import org.gridflex.activation.application.PeerActivationAnswered;
import org.gridflex.federation.model.FederationMessageKind;

/**
 * Sends devices' answers to activations a peer issued back to that peer, in the transaction that recorded them here,
 * one message for all of a batch's answers of one TSO (one signature instead of one per answer):
 * {@code {"tenant":..,"answers":[{"deviceId":..,"baseline":"<the device's JSON, as it sent it>"},...]}}, signed with
 * this node's key. Persistent: the issuer waits for them, and the bridge carries them over an outage.
 */
@ApplicationScoped
public class BaselineReturn {

    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    PeerOutbox outbox;

    @Inject
    FederationTraffic traffic;

    void answered(@Observes PeerActivationAnswered event) {
        JsonArrayBuilder answers = JSON.createArrayBuilder();
        for (DeviceAnswer answer : event.answers()) {
            answers.add(JSON.createObjectBuilder().add("deviceId", answer.deviceId())
                    .add("baseline", new String(answer.payload(), StandardCharsets.UTF_8)));
        }
        String payload = JSON.createObjectBuilder().add("tenant", event.tenantId()).add("answers", answers).build()
                .toString();
        outbox.sendOnCommit(event.issuedBy(), FederationMessageKind.BASELINE, payload);
        traffic.add(FederationTraffic.Counter.BASELINES_RETURNED, event.answers().size());
    }
}
