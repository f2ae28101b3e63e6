package org.gridflex.simulator;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.gridflex.activation.model.Activation;
import org.gridflex.activation.model.ActivationSignature;
import org.gridflex.activation.model.RootSignatureChecks;

/**
 * Decides whether a device may act on an activation it received: the JSON must be an activation for this device,
 * signed with a key the node publishes ({@code UNKNOWN_KEY} otherwise), the signature must cover exactly the fields
 * received ({@code BAD_SIGNATURE}) and it must still be valid when it arrives ({@code EXPIRED}). The signature is checked
 * before the expiry so that a forged activation is reported as forged whatever its dates say. Fields the device does
 * not know are ignored: the node may add some in a later version.
 */
final class ActivationVerifier {

    /** Why an activation was refused; the name is the {@code reason} of the REFUSED baseline. */
    enum Refusal { MALFORMED, WRONG_DEVICE, UNKNOWN_KEY, BAD_SIGNATURE, EXPIRED }

    /**
     * The outcome for one activation: {@code refusal} null means act on it and acknowledge. {@code activation} is null
     * only when the message was not an activation at all; {@code activationId} and {@code sequence} are what the
     * answer can name even then.
     */
    record Verdict(Activation activation, String activationId, long sequence, Refusal refusal) {
        boolean accepted() {
            return refusal == null;
        }
    }

    private static final JsonProvider JSON = JsonProvider.provider();

    private final ActivationKeys keys;
    private final RootSignatureChecks sharedChecks;

    /** @param sharedChecks the outcomes of root checks shared by the devices of this process, or null: none shared */
    ActivationVerifier(ActivationKeys keys, RootSignatureChecks sharedChecks) {
        this.keys = keys;
        this.sharedChecks = sharedChecks;
    }

    CompletableFuture<Verdict> verify(String json, String deviceId, Instant receivedAt) {
        Activation activation;
        try {
            activation = parse(json);
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(malformed(json));
        }
        if (!deviceId.equals(activation.deviceId())) {
            return CompletableFuture.completedFuture(refuse(activation, Refusal.WRONG_DEVICE));
        }
        if (activation.keyId() == null) {
            return CompletableFuture.completedFuture(refuse(activation, Refusal.UNKNOWN_KEY));
        }
        return keys.find(activation.keyId()).thenApply(key -> {
            if (key.isEmpty()) {
                return refuse(activation, Refusal.UNKNOWN_KEY);
            }
            boolean signed = sharedChecks == null ? ActivationSignature.verify(activation, key.get())
                    : sharedChecks.verify(activation, key.get());
            if (!signed) {
                return refuse(activation, Refusal.BAD_SIGNATURE);
            }
            if (!activation.isValidAt(receivedAt)) {
                return refuse(activation, Refusal.EXPIRED);
            }
            return new Verdict(activation, activation.activationId(), activation.sequence(), null);
        });
    }

    static Activation parse(String json) {
        JsonObject o = JSON.createReader(new StringReader(json)).readObject();
        return new Activation(o.getString("activationId"), o.getString("deviceId"),
                o.getJsonNumber("sequence").longValueExact(), Instant.parse(o.getString("issuedAt")),
                Instant.parse(o.getString("validUntil")), o.getJsonNumber("setpointW").longValueExact(),
                optionalString(o, "keyId"), optionalString(o, "signature"),
                o.get("proof") instanceof jakarta.json.JsonArray proof
                        ? proof.getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList()
                        : java.util.List.of());
    }

    private static Verdict refuse(Activation activation, Refusal refusal) {
        return new Verdict(activation, activation.activationId(), activation.sequence(), refusal);
    }

    /** Names whatever it can of a message that is not a valid activation, so the answer can still be matched. */
    private static Verdict malformed(String json) {
        String id = null;
        long sequence = 0;
        try {
            JsonObject o = JSON.createReader(new StringReader(json)).readObject();
            id = optionalString(o, "activationId");
            JsonValue seq = o.get("sequence");
            if (seq instanceof JsonNumber n) {
                sequence = n.longValue();
            }
        } catch (RuntimeException notJson) {
            // nothing to name
        }
        return new Verdict(null, id, sequence, Refusal.MALFORMED);
    }

    private static String optionalString(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonString s ? s.getString() : null;
    }
}
