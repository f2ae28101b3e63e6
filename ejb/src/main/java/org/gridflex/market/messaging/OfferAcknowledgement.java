package org.gridflex.market.messaging;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.nio.charset.StandardCharsets;
import org.gridflex.market.application.OfferReceipt;
import org.gridflex.market.application.OfferView;

/**
 * The answer a device gets on its MQTT topic {@code gridflex/devices/<id>/acks} for each offer or withdrawal:
 * {@code {"deviceId":...,"status":"ACCEPTED","offerId":...,"period":...,"version":N}} or
 * {@code {"deviceId":...,"status":"REFUSED","reason":...,"detail":...}}.
 */
final class OfferAcknowledgement {

    /** Looked up once: Json.create* would search the service providers on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private OfferAcknowledgement() {
    }

    static byte[] of(OfferReceipt receipt) {
        JsonObjectBuilder ack = JSON.createObjectBuilder().add("deviceId", receipt.deviceId());
        if (receipt.isAccepted()) {
            OfferView offer = receipt.offer();
            ack.add("status", "ACCEPTED")
                    .add("offerId", offer.id())
                    .add("period", offer.periodStart().toString())
                    .add("version", offer.version());
        } else {
            ack.add("status", "REFUSED")
                    .add("reason", receipt.rejection().name())
                    .add("detail", receipt.detail() == null ? "" : receipt.detail());
        }
        return ack.build().toString().getBytes(StandardCharsets.UTF_8);
    }
}
