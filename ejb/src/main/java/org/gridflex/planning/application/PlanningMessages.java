package org.gridflex.planning.application;

import jakarta.jms.Destination;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;
import java.time.Instant;
import java.util.Optional;
import org.gridflex.planning.model.PlanningMessageRefusedException;
import org.gridflex.planning.model.PlanningTopic;

/** Reads a {@link PlanningMessage} off a JMS message, wherever it is in its journey (topic, inbox, TSO queue). */
public final class PlanningMessages {

    /** When the producer made the message (JMSTimestamp of the original send), kept across forwards. */
    public static final String PRODUCED_AT = "GridFlexProducedAt";

    private PlanningMessages() {
    }

    public static PlanningMessage read(Message message) {
        try {
            String topicName = topicName(message);
            PlanningTopic topic = PlanningTopic.named(topicName).orElseThrow(
                    () -> new PlanningMessageRefusedException("Not a planning topic: " + topicName));
            if (!(message instanceof TextMessage text) || text.getText() == null) {
                throw new PlanningMessageRefusedException("Planning messages are JMS text messages with a JSON body");
            }
            String key = message.getStringProperty(PlanningDestinations.KEY);
            long produced = message.propertyExists(PRODUCED_AT) ? message.getLongProperty(PRODUCED_AT)
                    : message.getJMSTimestamp();
            return new PlanningMessage(topic, key, text.getText(), produced > 0 ? Instant.ofEpochMilli(produced) : Instant.now());
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot read a planning message", e);
        }
    }

    /** The TenantId the message carries, if any. */
    public static Optional<String> tenantOf(Message message) {
        try {
            return Optional.ofNullable(message.getStringProperty(PlanningDestinations.TENANT_ID)).map(String::trim)
                    .filter(s -> !s.isEmpty());
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot read TenantId", e);
        }
    }

    public static int deliveryCount(Message message) {
        try {
            return message.propertyExists("JMSXDeliveryCount") ? message.getIntProperty("JMSXDeliveryCount") : 1;
        } catch (JMSException e) {
            return 1;
        }
    }

    private static String topicName(Message message) throws JMSException {
        String topic = message.getStringProperty(PlanningDestinations.TOPIC);
        if (topic != null) {
            return topic;
        }
        String address = message.getStringProperty(PlanningDestinations.ORIGINAL_ADDRESS);
        if (address == null) {
            Destination destination = message.getJMSDestination();
            address = destination instanceof Topic t ? t.getTopicName() : String.valueOf(destination);
        }
        return address.startsWith(PlanningDestinations.TOPIC_ADDRESS_PREFIX)
                ? address.substring(PlanningDestinations.TOPIC_ADDRESS_PREFIX.length()) : address;
    }
}
