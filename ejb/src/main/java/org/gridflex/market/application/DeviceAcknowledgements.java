package org.gridflex.market.application;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.jms.BytesMessage;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.json.spi.JsonProvider;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import org.gridflex.device.messaging.DeviceTopics;

/**
 * Answers a device on its MQTT topic {@code gridflex/devices/<id>/acks}: {@code {"status":"ACCEPTED",...}} with the
 * stored version, or {@code {"status":"REFUSED","reason":...,"detail":...}}. Sent through the server's XA connection
 * factory inside the caller's transaction, so an acceptance is only announced if it commits.
 */
@Stateless
public class DeviceAcknowledgements {

    /** Looked up once: Json.create* would search the service providers on every call. */
    private static final JsonProvider JSON_PROVIDER = JsonProvider.provider();

    @Resource(lookup = "java:/JmsXA")
    ConnectionFactory devices;

    public void send(OfferReceipt receipt) {
        JsonObjectBuilder ack = JSON_PROVIDER.createObjectBuilder().add("deviceId", receipt.deviceId());
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
        try (JMSContext context = devices.createContext()) {
            BytesMessage message = context.createBytesMessage();
            message.writeBytes(ack.build().toString().getBytes(StandardCharsets.UTF_8));
            context.createProducer().send(DeviceTopics.topic(DeviceTopics.acksAddress(receipt.deviceId())), message);
        } catch (jakarta.jms.JMSException e) {
            throw new IllegalStateException("Cannot acknowledge to device " + receipt.deviceId(), e);
        }
    }
}
