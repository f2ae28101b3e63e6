package org.gridflex.mqtt;

import org.apache.activemq.artemis.api.core.Message;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.server.transformer.Transformer;

/**
 * Transformer of the divert that moves device messages into the offer work queue: puts each device's messages in a
 * message group named after the device, so the broker hands all of one device's offers and withdrawals to the same
 * consumer, in the order the device sent them. Revisions of one offer then never race each other in two
 * transactions, while different devices are still processed in parallel.
 */
public class DeviceMessageGrouping implements Transformer {

    private static final SimpleString GROUP_ID = SimpleString.of("_AMQ_GROUP_ID");
    private static final SimpleString ORIGINAL_ADDRESS = SimpleString.of("_AMQ_ORIG_ADDRESS");

    @Override
    public Message transform(Message message) {
        String address = String.valueOf(message.getObjectProperty(ORIGINAL_ADDRESS));
        String device = DeviceTopicRule.deviceOfAddress(address);
        if (device != null) {
            message.putStringProperty(GROUP_ID, SimpleString.of(device));
        }
        return message;
    }
}
