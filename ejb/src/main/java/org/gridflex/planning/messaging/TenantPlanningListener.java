package org.gridflex.planning.messaging;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gridflex.planning.application.AssetPlanIntake;
import org.gridflex.planning.application.PlanningDeadLetters;
import org.gridflex.planning.application.PlanningMessage;
import org.gridflex.planning.application.PlanningMessages;
import org.gridflex.planning.model.PlanningMessageRefusedException;
import org.gridflex.tenancy.TenantId;

/**
 * Stores the planning messages of one TSO. Declared once per TSO in ejb-jar.xml (generated from the tenant list):
 * each TSO's queue has its own consumer with a bounded number of sessions, so a flood for one TSO never delays
 * another. A message is stored in its own transaction; a refusal is dead-lettered at once with TenantId and reason, a
 * failure after {@value #MAX_ATTEMPTS} attempts.
 */
public class TenantPlanningListener implements MessageListener {

    static final int MAX_ATTEMPTS = 3;
    private static final Logger LOG = Logger.getLogger(TenantPlanningListener.class.getName());

    /** The TSO this bean serves (env-entry of its ejb-jar.xml declaration). */
    @Resource(name = "tenant")
    String tenant;

    @Inject
    AssetPlanIntake intake;

    @Inject
    PlanningDeadLetters deadLetters;

    @Override
    public void onMessage(Message message) {
        PlanningMessage planning = null;
        try {
            String carried = PlanningMessages.tenantOf(message).orElse(tenant);
            if (!carried.equals(tenant)) {
                throw new PlanningMessageRefusedException("TenantId " + carried + " arrived on the queue of " + tenant);
            }
            planning = PlanningMessages.read(message);
            intake.store(new TenantId(tenant), planning);
        } catch (PlanningMessageRefusedException refused) {
            RawMessage raw = RawMessage.of(message, planning);
            deadLetters.deadLetter(raw.topic(), raw.key(), raw.body(), tenant, refused.getMessage());
        } catch (RuntimeException e) {
            if (PlanningMessages.deliveryCount(message) < MAX_ATTEMPTS) {
                LOG.log(Level.WARNING, "Storing a planning message of " + tenant + " failed; it will be redelivered", e);
                throw e;
            }
            RawMessage raw = RawMessage.of(message, planning);
            deadLetters.deadLetter(raw.topic(), raw.key(), raw.body(), tenant, "Storing failed " + MAX_ATTEMPTS
                    + " times: " + rootCause(e));
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
