package org.gridflex.planning.messaging;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gridflex.planning.application.AssetPlanIntake;
import org.gridflex.planning.application.PlanningDeadLetters;
import org.gridflex.planning.application.PlanningDestinations;
import org.gridflex.planning.application.PlanningMessage;
import org.gridflex.planning.application.PlanningMessages;
import org.gridflex.planning.application.PlanningRouter;
import org.gridflex.planning.model.PlanningMessageRefusedException;
import org.gridflex.tenancy.TenantId;

/**
 * Takes planning messages off a queue in batches, each batch one transaction (the receive, the database writes and
 * the messages sent commit together), so that the cost of a transaction is shared by up to {@value #BATCH} messages.
 * A message that cannot be processed as it is goes to PlanningDLQ with its reason inside the batch. When a batch
 * fails, all its messages come back with a higher delivery count; such messages are then taken one at a time, each
 * attempt in a transaction of its own, so a poison message is isolated, retried, and dead-lettered after
 * {@value #MAX_ATTEMPTS} attempts while the rest flows.
 */
@Stateless
public class PlanningBatches {

    static final int BATCH = 200;
    static final int MAX_ATTEMPTS = 3;
    private static final Logger LOG = Logger.getLogger(PlanningBatches.class.getName());

    @Resource(lookup = "java:/JmsXA")
    ConnectionFactory broker;

    @Inject
    PlanningRouter router;

    @Inject
    AssetPlanIntake intake;

    @Inject
    PlanningDeadLetters deadLetters;

    @Inject
    PlanningAttempts attempts;

    /** Routes a batch from the inbox to the TSOs' queues; waits up to {@code waitMillis} for the first message. */
    public int routeFromInbox(long waitMillis) {
        return drain(PlanningDestinations.inbox(), waitMillis, null);
    }

    /** Stores a batch of one TSO's planning messages in its database. */
    public int storeFor(TenantId tenant, long waitMillis) {
        return drain(PlanningDestinations.planningQueue(tenant), waitMillis, tenant);
    }

    private int drain(Queue queue, long waitMillis, TenantId tenant) {
        try (JMSContext context = broker.createContext(); JMSConsumer consumer = context.createConsumer(queue)) {
            List<Message> batch = new ArrayList<>();
            Message first = consumer.receive(waitMillis);
            if (first == null) {
                return 0;
            }
            batch.add(first);
            // a redelivered message is taken alone: it may be the one that failed its batch
            while (PlanningMessages.deliveryCount(first) == 1 && batch.size() < BATCH) {
                Message next = consumer.receiveNoWait();
                if (next == null) {
                    break;
                }
                if (PlanningMessages.deliveryCount(next) > 1) {
                    // processed here all the same; its first failure may have been its batch's
                    batch.add(next);
                    break;
                }
                batch.add(next);
            }
            for (Message message : batch) {
                process(message, tenant, batch.size() == 1);
            }
            return batch.size();
        }
    }

    private void process(Message message, TenantId tenant, boolean alone) {
        PlanningMessage planning = null;
        String claimed = PlanningMessages.tenantOf(message).orElse(null);
        try {
            planning = PlanningMessages.read(message);
            if (tenant == null) {
                if (alone) {
                    attempts.route(planning, claimed);
                } else {
                    router.route(planning, claimed);
                }
            } else {
                if (claimed != null && !claimed.equals(tenant.value())) {
                    throw new PlanningMessageRefusedException("TenantId " + claimed + " arrived on the queue of " + tenant);
                }
                if (alone) {
                    attempts.store(tenant, planning);
                } else {
                    intake.store(tenant, planning);
                }
            }
        } catch (PlanningMessageRefusedException refused) {
            RawMessage raw = RawMessage.of(message, planning);
            deadLetters.deadLetter(raw.topic(), raw.key(), raw.body(), tenant == null ? claimed : tenant.value(),
                    refused.getMessage());
        } catch (RuntimeException e) {
            if (!alone || PlanningMessages.deliveryCount(message) < MAX_ATTEMPTS) {
                throw e;
            }
            LOG.log(Level.WARNING, "A planning message failed " + MAX_ATTEMPTS + " times; dead-lettering it", e);
            RawMessage raw = RawMessage.of(message, planning);
            deadLetters.deadLetter(raw.topic(), raw.key(), raw.body(), tenant == null ? claimed : tenant.value(),
                    "Failed " + MAX_ATTEMPTS + " times: " + rootCause(e));
        }
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
