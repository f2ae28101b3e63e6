package org.gridflex.federation.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import org.gridflex.activation.application.ActivationJson;
import org.gridflex.activation.application.Activations;
import org.gridflex.activation.application.BaselineAnswers;
import org.gridflex.activation.application.DeviceAnswer;
import org.gridflex.activation.model.Activation;
import org.gridflex.activation.model.ActivationSignature;
import org.gridflex.device.application.DeviceDirectory;
import org.gridflex.device.application.DeviceProfile;
import org.gridflex.federation.model.FederationMessageKind;
import org.gridflex.federation.model.FederationRefusal;
import org.gridflex.federation.model.FederationRefusedException;
import org.gridflex.federation.model.Peer;
import org.gridflex.federation.model.PeerSignature;
import org.gridflex.federation.model.SharedOfferId;
import org.gridflex.market.application.LiveOfferBook;
import org.gridflex.market.application.OfferView;
import org.gridflex.tenancy.TenantId;
import org.gridflex.tenancy.TenantRegistry;
import org.gridflex.tenancy.UnknownTenantException;

/**
 * Everything peer installations send, as it arrives over the bridges. Nothing is believed before it verifies
 * against the configured key of the peer it claims to come from; anything else is refused, logged and counted
 * ({@link FederationTraffic}), and consumed: a forged or broken message does not get better by redelivery.
 */
@Stateless
public class FederationInbound {

    private static final Logger LOG = Logger.getLogger(FederationInbound.class.getName());
    private static final JsonProvider JSON = JsonProvider.provider();

    @Inject
    FederationSettings settings;

    @Inject
    FederationTraffic traffic;

    @Inject
    LiveOfferBook book;

    @Inject
    TenantRegistry tenants;

    @Inject
    DeviceDirectory devices;

    @Inject
    Activations activations;

    @Inject
    BaselineAnswers answers;

    public void receive(String kind, String sender, String keyId, String signature, String payload) {
        try {
            Peer peer = settings.config().peer(sender).orElseThrow(() -> new FederationRefusedException(
                    FederationRefusal.UNKNOWN_PEER, "'" + sender + "' is not a configured peer"));
            switch (kindOf(kind)) {
                case OFFERS -> offers(peer, verified(peer, FederationMessageKind.OFFERS, payload, keyId, signature));
                case ACTIVATIONS -> activations(peer, object(payload));
                case BASELINE -> baselines(peer, verified(peer, FederationMessageKind.BASELINE, payload, keyId, signature));
            }
        } catch (FederationRefusedException e) {
            refused(sender, e);
        }
    }

    private void offers(Peer peer, JsonObject batch) {
        long admitted = 0;
        for (JsonValue value : array(batch, "offers")) {
            try {
                OfferView offer = OfferView.fromJson(value.toString());
                if (offer.origin() != null) { // a peer passes on only its own devices' offers
                    throw new FederationRefusedException(FederationRefusal.MALFORMED,
                            "offer " + offer.id() + " of " + offer.origin() + " passed on by " + peer.name());
                }
                tenant(offer.tenant());
                book.admitShared(offer.sharedBy(peer.name(), SharedOfferId.of(peer.name(), offer.id())));
                admitted++;
            } catch (FederationRefusedException e) {
                refused(peer.name(), e);
            } catch (RuntimeException e) {
                refused(peer.name(), new FederationRefusedException(FederationRefusal.MALFORMED, "offer: " + e));
            }
        }
        long withdrawn = 0;
        for (JsonValue value : array(batch, "withdrawn")) {
            if (value instanceof JsonObject w && w.get("id") instanceof JsonString id) {
                book.dropShared(SharedOfferId.of(peer.name(), id.getString()));
                withdrawn++;
            } else {
                refused(peer.name(), new FederationRefusedException(FederationRefusal.MALFORMED, "withdrawal " + value));
            }
        }
        traffic.add(FederationTraffic.Counter.OFFERS_RECEIVED, admitted);
        traffic.add(FederationTraffic.Counter.WITHDRAWALS_RECEIVED, withdrawn);
    }

    /**
     * Each activation must carry the issuing peer's signature (its key id, the per-setpoint signature and proof);
     * only those that verify and are for devices registered here are delivered, signed again by this node.
     */
    private void activations(Peer peer, JsonObject message) {
        String setpointId = text(message, "setpointId");
        String requestId = text(message, "requestId");
        List<Activation> parsed = new ArrayList<>();
        for (JsonValue value : array(message, "activations")) {
            try {
                if (!(value instanceof JsonObject o)) {
                    throw new FederationRefusedException(FederationRefusal.MALFORMED, "activation " + value);
                }
                try {
                    parsed.add(ActivationJson.parse(o));
                } catch (IllegalArgumentException e) {
                    throw new FederationRefusedException(FederationRefusal.MALFORMED, e.getMessage());
                }
            } catch (FederationRefusedException e) {
                refused(peer.name(), e);
            }
        }
        // one signature check per setpoint: its activations share the signed root
        List<Boolean> signatures = ActivationSignature.verifyEach(parsed, peer.publicKey());
        List<Activation> verified = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            Activation activation = parsed.get(i);
            if (peer.keyId().equals(activation.keyId()) && signatures.get(i)) {
                verified.add(activation);
            } else {
                refused(peer.name(), new FederationRefusedException(FederationRefusal.BAD_SIGNATURE, "activation "
                        + activation.activationId() + " for device " + activation.deviceId() + " (key "
                        + activation.keyId() + ") does not verify with the key " + peer.keyId() + " of "
                        + peer.name() + "; not delivered"));
            }
        }
        // the devices' TSOs from the in-memory directory: one registry query for the devices not seen before at most
        Map<String, DeviceProfile> profiles = devices.profilesOf(verified.stream().map(Activation::deviceId).toList());
        Map<TenantId, List<Activation>> byTenant = new LinkedHashMap<>();
        for (Activation activation : verified) {
            DeviceProfile device = profiles.get(activation.deviceId());
            if (device == null) {
                refused(peer.name(), new FederationRefusedException(FederationRefusal.UNKNOWN_DEVICE,
                        "device " + activation.deviceId() + " is not registered here"));
                continue;
            }
            byTenant.computeIfAbsent(new TenantId(device.tenant()), t -> new ArrayList<>()).add(activation);
        }
        byTenant.forEach((tenant, ofTenant) -> {
            int delivered = activations.relay(tenant, peer.name(), setpointId, requestId, ofTenant).size();
            traffic.add(FederationTraffic.Counter.ACTIVATIONS_DELIVERED_FOR_PEERS, delivered);
        });
    }

    private void baselines(Peer peer, JsonObject message) {
        TenantId tenant = tenant(text(message, "tenant"));
        List<DeviceAnswer> fromPeer = new ArrayList<>();
        for (JsonValue value : array(message, "answers")) {
            if (value instanceof JsonObject a && a.get("deviceId") instanceof JsonString device
                    && a.get("baseline") instanceof JsonString baseline) {
                fromPeer.add(new DeviceAnswer(device.getString(), baseline.getString().getBytes(StandardCharsets.UTF_8)));
            } else {
                refused(peer.name(), new FederationRefusedException(FederationRefusal.MALFORMED, "answer " + value));
            }
        }
        int recorded = answers.recordFromPeer(peer.name(), tenant, fromPeer);
        traffic.add(FederationTraffic.Counter.BASELINES_RECEIVED, recorded);
        for (int i = recorded; i < fromPeer.size(); i++) {
            // each refusal is logged by the recording side with its reason
            traffic.refused(FederationRefusal.NOT_FORWARDED_TO_PEER);
        }
    }

    private JsonObject verified(Peer peer, FederationMessageKind kind, String payload, String keyId, String signature) {
        PeerSignature.verify(peer, kind, payload, keyId, signature);
        return object(payload);
    }

    private TenantId tenant(String raw) {
        try {
            return tenants.require(raw);
        } catch (UnknownTenantException e) {
            throw new FederationRefusedException(FederationRefusal.UNKNOWN_TENANT, raw + " is not served here");
        }
    }

    private static FederationMessageKind kindOf(String kind) {
        try {
            return FederationMessageKind.valueOf(String.valueOf(kind));
        } catch (IllegalArgumentException e) {
            throw new FederationRefusedException(FederationRefusal.MALFORMED, "unknown message kind " + kind);
        }
    }

    private static JsonObject object(String payload) {
        try {
            return JSON.createReader(new StringReader(Optional.ofNullable(payload).orElse(""))).readObject();
        } catch (JsonParsingException | IllegalStateException | ClassCastException e) {
            throw new FederationRefusedException(FederationRefusal.MALFORMED, "not a JSON object");
        }
    }

    private static JsonArray array(JsonObject o, String field) {
        return o.get(field) instanceof JsonArray a ? a : JsonValue.EMPTY_JSON_ARRAY;
    }

    private static String text(JsonObject o, String field) {
        if (o.get(field) instanceof JsonString s) {
            return s.getString();
        }
        throw new FederationRefusedException(FederationRefusal.MALFORMED, field + " missing");
    }

    private void refused(String sender, FederationRefusedException e) {
        traffic.refused(e.reason());
        LOG.warning(() -> "Refused from federation peer " + sender + ": " + e.getMessage());
    }
}
