package org.gridflex.planning.messaging;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import org.gridflex.planning.application.PlanningDestinations;
import org.gridflex.planning.application.PlanningMessage;

/** What can be read of a message that could not be understood, to dead-letter it whole. */
record RawMessage(String topic, String key, String body) {

    static RawMessage of(Message message, PlanningMessage parsed) {
        if (parsed != null) {
            return new RawMessage(parsed.topic().topicName(), parsed.key(), parsed.body());
        }
        try {
            String topic = message.getStringProperty(PlanningDestinations.TOPIC);
            if (topic == null) {
                topic = message.getStringProperty(PlanningDestinations.ORIGINAL_ADDRESS);
            }
            String body = message instanceof TextMessage text ? text.getText() : null;
            return new RawMessage(topic == null ? "unknown" : topic, message.getStringProperty(PlanningDestinations.KEY), body);
        } catch (JMSException e) {
            return new RawMessage("unknown", null, null);
        }
    }
}
