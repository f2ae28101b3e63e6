package org.gridflex.market.messaging;

import org.gridflex.device.messaging.DeviceTopics;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.gridflex.market.application.OfferIntake;
import org.gridflex.market.application.OfferRejections;
import org.gridflex.market.model.OfferRejection;

/**
 * Reads the offers and withdrawals devices publish over MQTT ({@code gridflex/devices/<id>/offers} and
 * {@code .../withdrawals}; the broker diverts all of them into the DeviceOffers queue, keeping the original address)
 * and hands each to {@link OfferIntake}. A failure other than a
 * refusal rolls back, so the broker redelivers and finally dead-letters the message.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:global/gridflex/jms/DeviceOffers"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8")
})
public class DeviceOfferListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(DeviceOfferListener.class.getName());
    /** Artemis keeps the address a diverted message was sent to under this property. */
    static final String ORIGINAL_ADDRESS = "_AMQ_ORIG_ADDRESS";

    @Inject
    OfferIntake intake;

    @Inject
    OfferRejections rejections;

    @Override
    public void onMessage(Message message) {
        String address = addressOf(message);
        String deviceId = DeviceTopics.deviceOf(address).orElse(null);
        DeviceTopics.Kind kind = DeviceTopics.kindOf(address).orElse(null);
        if (deviceId == null || kind == null || kind == DeviceTopics.Kind.BASELINE) {
            rejections.count(OfferRejection.MALFORMED);
            LOG.warning(() -> "Refused a message on " + address + ": not a device offer or withdrawal topic");
            return;
        }
        switch (kind) {
            case OFFER -> intake.receive(deviceId, payloadOf(message));
            case WITHDRAWAL -> intake.withdraw(deviceId, payloadOf(message));
            default -> throw new IllegalStateException("unreachable: " + kind);
        }
    }

    /** The address the device published to: kept by the divert, or the destination if none was involved. */
    private static String addressOf(Message message) {
        try {
            String original = message.getStringProperty(ORIGINAL_ADDRESS);
            if (original != null) {
                return original;
            }
            Destination destination = message.getJMSDestination();
            return destination instanceof Topic topic ? topic.getTopicName() : String.valueOf(destination);
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot read the destination of a device message", e);
        }
    }

    private static byte[] payloadOf(Message message) {
        try {
            if (message instanceof BytesMessage bytes) {
                byte[] payload = new byte[(int) Math.min(bytes.getBodyLength(), OfferMessage.MAX_BYTES + 1L)];
                bytes.readBytes(payload);
                return payload;
            }
            if (message instanceof TextMessage text && text.getText() != null) {
                return text.getText().getBytes(StandardCharsets.UTF_8);
            }
            return new byte[0];
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot read a device message", e);
        }
    }
}
