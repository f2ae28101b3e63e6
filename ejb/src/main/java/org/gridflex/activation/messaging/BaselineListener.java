package org.gridflex.activation.messaging;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;
import java.nio.charset.StandardCharsets;
import org.gridflex.activation.application.BaselineAnswers;
import org.gridflex.device.messaging.DeviceTopics;

/**
 * Devices' answers to activations, published on {@code gridflex/devices/<id>/baselines} and diverted by the broker
 * into the DeviceBaselines queue with their original address (the device id). One call to {@link BaselineAnswers}.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:global/gridflex/jms/DeviceBaselines"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8")
})
public class BaselineListener implements MessageListener {

    static final int MAX_BYTES = 4096;

    @Inject
    BaselineAnswers answers;

    @Override
    public void onMessage(Message message) {
        try {
            String address = message.getStringProperty("_AMQ_ORIG_ADDRESS");
            String deviceId = DeviceTopics.deviceOf(address).orElse(null);
            if (deviceId == null || DeviceTopics.kindOf(address).orElse(null) != DeviceTopics.Kind.BASELINE) {
                return;
            }
            answers.record(deviceId, payload(message));
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot read a baseline", e);
        }
    }

    private static byte[] payload(Message message) throws JMSException {
        if (message instanceof BytesMessage bytes) {
            byte[] payload = new byte[(int) Math.min(bytes.getBodyLength(), MAX_BYTES)];
            bytes.readBytes(payload);
            return payload;
        }
        if (message instanceof TextMessage text && text.getText() != null) {
            return text.getText().getBytes(StandardCharsets.UTF_8);
        }
        return new byte[0];
    }
}
