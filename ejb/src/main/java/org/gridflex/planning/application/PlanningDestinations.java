package org.gridflex.planning.application;

import jakarta.jms.Queue;
import jakarta.jms.Topic;
import org.apache.activemq.artemis.jms.client.ActiveMQDestination;
import org.gridflex.messaging.MessageDeferral;
import org.gridflex.tenancy.TenantId;

/**
 * Where planning messages go. Per-TSO queues are named by broker address (they are generated from the tenant list,
 * one per TSO, by the server configuration); topics by their JMS name.
 */
public final class PlanningDestinations {

    /** Property every planning message GridFlex sends carries, and that producers may set: the TSO. */
    public static final String TENANT_ID = "TenantId";
    /** The Kafka-style message key, as JSON text (an asset key object, an allocation id string, ...). */
    public static final String KEY = "key";
    /** The topic a message was published to, kept when it moves from the inbox to a TSO queue. */
    public static final String TOPIC = "GridFlexPlanningTopic";
    /** Why a message was dead-lettered (one property for every dead-letter queue of GridFlex). */
    public static final String DEAD_LETTER_REASON = MessageDeferral.DEAD_LETTER_REASON;
    public static final String RUN_ID = "RunId";
    /** Artemis keeps the address a diverted message was sent to under this property. */
    public static final String ORIGINAL_ADDRESS = "_AMQ_ORIG_ADDRESS";
    public static final String TOPIC_ADDRESS_PREFIX = "jms.topic.";

    private PlanningDestinations() {
    }

    public static Queue planningQueue(TenantId tenant) {
        return ActiveMQDestination.createQueue("jms.queue.planning." + tenant.value());
    }

    public static Queue optimizerQueue(TenantId tenant) {
        return ActiveMQDestination.createQueue("jms.queue.optimizer." + tenant.value());
    }

    public static Queue inbox() {
        return ActiveMQDestination.createQueue("jms.queue.PlanningInbox");
    }

    /** Where any service asks for a TSO's optimizer run (TenantId property). */
    public static Queue optimizerRequests() {
        return ActiveMQDestination.createQueue("jms.queue.FleetOptimizerRuns");
    }

    public static Queue deadLetters() {
        return ActiveMQDestination.createQueue("jms.queue.PlanningDLQ");
    }

    public static Topic topic(String name) {
        return ActiveMQDestination.createTopic(TOPIC_ADDRESS_PREFIX + name);
    }
}
