package org.gridflex.activation.application;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.time.Instant;
import java.util.List;
import org.gridflex.activation.model.Activation;

/**
 * The JSON of a signed activation, exactly as a device receives it (README, "Activation"); federation peers forward
 * activations in the same form, so the peer verifies the very fields the issuer signed.
 */
public final class ActivationJson {

    private static final JsonProvider JSON = JsonProvider.provider();

    private ActivationJson() {
    }

    public static JsonObject toObject(Activation a) {
        return JSON.createObjectBuilder()
                .add("activationId", a.activationId())
                .add("deviceId", a.deviceId())
                .add("sequence", a.sequence())
                .add("issuedAt", a.issuedAt().toString())
                .add("validUntil", a.validUntil().toString())
                .add("setpointW", a.setpointW())
                .add("keyId", a.keyId())
                .add("signature", a.signature())
                .add("proof", JSON.createArrayBuilder(a.proof()))
                .build();
    }

    public static String of(Activation a) {
        return toObject(a).toString();
    }

    /** @throws IllegalArgumentException when a field is missing or malformed */
    public static Activation parse(JsonObject o) {
        try {
            JsonArray proof = o.getJsonArray("proof");
            List<String> steps = proof == null ? List.of()
                    : proof.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
            return new Activation(o.getString("activationId"), o.getString("deviceId"),
                    o.getJsonNumber("sequence").longValueExact(), Instant.parse(o.getString("issuedAt")),
                    Instant.parse(o.getString("validUntil")), o.getJsonNumber("setpointW").longValueExact(),
                    o.getString("keyId"), o.getString("signature"), steps);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Not a signed activation: " + e.getMessage(), e);
        }
    }
}
