package org.gridflex.planning.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.gridflex.messaging.TransactionalJms;
import org.gridflex.planning.model.AssetKey;
import org.gridflex.planning.model.ParkedPlanningMessage;
import org.gridflex.tenancy.TenantEntityManagers;

/**
 * Planning messages for assets no TSO has yet, in the shared database: inspectable, and sent through the inbox again
 * once their asset is registered.
 */
@Stateless
public class ParkedPlanningMessages {

    @Inject
    TransactionalJms jms;

    @Inject
    TenantEntityManagers databases;

    @Inject
    PlanningSettings settings;

    public void park(PlanningMessage message, AssetKey asset, String reason) {
        databases.shared().persist(new ParkedPlanningMessage(message.topic().topicName(), asset, message.key(),
                message.body(), message.producedAt(), settings.clock().instant(), reason));
    }

    public List<ParkedPlanningMessage> all(int max) {
        return databases.shared().createNamedQuery(ParkedPlanningMessage.ALL, ParkedPlanningMessage.class)
                .setMaxResults(max).getResultList();
    }

    public long count() {
        return databases.shared().createNamedQuery(ParkedPlanningMessage.COUNT, Long.class).getSingleResult();
    }

    /** Sends an asset's parked messages through the inbox again (in this transaction) and forgets them. */
    public int release(AssetKey asset) {
        EntityManager shared = databases.shared();
        List<ParkedPlanningMessage> waiting = shared.createNamedQuery(ParkedPlanningMessage.OF_ASSET,
                ParkedPlanningMessage.class).setParameter("asset", asset.toString()).getResultList();
        if (waiting.isEmpty()) {
            return 0;
        }
        JMSContext context = jms.context();
        for (ParkedPlanningMessage m : waiting) {
            JMSProducer producer = context.createProducer()
                    .setProperty(PlanningDestinations.TOPIC, m.topic())
                    .setProperty(PlanningMessages.PRODUCED_AT, m.producedAt().toEpochMilli());
            if (m.messageKey() != null) {
                producer.setProperty(PlanningDestinations.KEY, m.messageKey());
            }
            producer.send(PlanningDestinations.inbox(), m.body());
            shared.remove(m);
        }
        return waiting.size();
    }
}
