package org.gridflex.it;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Message;
import java.time.Duration;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQDestination;

/**
 * A planning feed as the seed's producers would be: a remote JMS client on WildFly's HTTP port (Artemis over HTTP
 * upgrade), authenticated as an operator account with the planning-feed or admin role.
 */
final class PlanningJms implements AutoCloseable {

    private final ActiveMQConnectionFactory factory;
    private final JMSContext context;

    PlanningJms(String user) {
        factory = new ActiveMQConnectionFactory("tcp://" + GridFlexServer.HOST + ":" + GridFlexServer.HTTP_PORT
                + "?httpUpgradeEnabled=true&httpUpgradeEndpoint=http-acceptor");
        context = ((ConnectionFactory) factory).createContext(user, user + "-pw", JMSContext.AUTO_ACKNOWLEDGE);
    }

    static PlanningJms feed() {
        return new PlanningJms("planning-feed");
    }

    /** Publishes a planning message: the seed topic, the Kafka-style key as JSON text (or null), TenantId or null. */
    void publish(String topic, String key, String body, String tenantId) {
        JMSProducer producer = context.createProducer();
        if (key != null) {
            producer.setProperty("key", key);
        }
        if (tenantId != null) {
            producer.setProperty("TenantId", tenantId);
        }
        producer.send(ActiveMQDestination.createTopic("jms.topic." + topic), body);
    }

    /** Sends a text message with a TenantId to a queue (by its JMS name). */
    void publishTo(String queueName, String tenantId, String triggeredBy) {
        context.createProducer().setProperty("TenantId", tenantId).setProperty("TriggeredBy", triggeredBy)
                .send(ActiveMQDestination.createQueue("jms.queue." + queueName), "");
    }

    JMSConsumer subscribe(String topic, String selector) {
        return context.createConsumer(ActiveMQDestination.createTopic("jms.topic." + topic), selector);
    }

    JMSConsumer queue(String queueName, String selector) {
        return context.createConsumer(ActiveMQDestination.createQueue("jms.queue." + queueName), selector);
    }

    static Message receive(JMSConsumer consumer, Duration patience) {
        return consumer.receive(patience.toMillis());
    }

    /** A transacted context for floods: many sends, one commit. */
    JMSContext transacted() {
        return context.createContext(JMSContext.SESSION_TRANSACTED);
    }

    @Override
    public void close() {
        context.close();
        factory.close();
    }
}
