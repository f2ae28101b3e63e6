package org.gridflex.planning.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import java.util.logging.Logger;
import org.gridflex.messaging.TransactionalJms;

/**
 * Moves a planning message that cannot be processed to PlanningDLQ with its TSO (TenantId, when known) and the
 * reason, in the caller's transaction, so the consumer can acknowledge it and go on with the next.
 */
@Stateless
public class PlanningDeadLetters {

    private static final Logger LOG = Logger.getLogger(PlanningDeadLetters.class.getName());

    @Inject
    TransactionalJms jms;

    @Inject
    PlanningIntakeCounters counters;

    public void deadLetter(String topicName, String key, String body, String tenant, String reason) {
        JMSContext context = jms.context();
        JMSProducer producer = context.createProducer()
                .setProperty(PlanningDestinations.TOPIC, topicName)
                .setProperty(PlanningDestinations.DEAD_LETTER_REASON, reason.length() > 500 ? reason.substring(0, 500) : reason);
        if (tenant != null) {
            producer.setProperty(PlanningDestinations.TENANT_ID, tenant);
        }
        if (key != null) {
            producer.setProperty(PlanningDestinations.KEY, key);
        }
        producer.send(PlanningDestinations.deadLetters(), body == null ? "" : body);
        counters.count(tenant, PlanningIntakeCounters.Outcome.DEAD_LETTERED);
        LOG.warning(() -> "Dead-lettered a " + topicName + " message" + (tenant == null ? "" : " of " + tenant) + ": " + reason);
    }
}
