package org.gridflex.device.messaging;

import jakarta.jms.BytesMessage;
import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Reads what a device published, as the broker delivers it from a queue its address was diverted into. */
public final class DeviceMessages {

    /** Artemis keeps the address a diverted message was sent to under this property. */
    static final String ORIGINAL_ADDRESS = "_AMQ_ORIG_ADDRESS";
    /** The device's address on a copy GridFlex sent itself (a deferred message), where the broker's is not copied. */
    static final String DEVICE_ADDRESS = "GridFlexDeviceAddress";

    private DeviceMessages() {
    }

    /** The address the device published to: kept by the divert, or the destination if none was involved. */
    public static String addressOf(Message message) {
        try {
            String copied = message.getStringProperty(DEVICE_ADDRESS);
            if (copied != null) {
                return copied;
            }
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

    /** The properties a copy of the message must carry for {@link #addressOf} to give the same address. */
    public static Map<String, String> addressProperties(Message message) {
        return Map.of(DEVICE_ADDRESS, addressOf(message));
    }

    /** The payload, cut one byte past {@code maxBytes} so that a parser can tell it is too long. */
    public static byte[] payloadOf(Message message, int maxBytes) {
        try {
            if (message instanceof BytesMessage bytes) {
                byte[] payload = new byte[(int) Math.min(bytes.getBodyLength(), maxBytes + 1L)];
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
