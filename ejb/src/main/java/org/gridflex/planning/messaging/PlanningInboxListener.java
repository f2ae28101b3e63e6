package org.gridflex.planning.messaging;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.gridflex.planning.application.PlanningDeadLetters;
import org.gridflex.planning.application.PlanningMessage;
import org.gridflex.planning.application.PlanningMessages;
import org.gridflex.planning.application.PlanningRouter;
import org.gridflex.planning.model.PlanningMessageRefusedException;

/**
 * The planning inbox (every seed topic is copied into it): competing consumers on every node find each message's
 * TSO and move it to that TSO's queue. This step is cheap (no TSO database), so one TSO's flood passes through quickly
 * and waits in its own queue. Malformed messages are dead-lettered at once with the reason; other failures after three
 * attempts.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:global/gridflex/jms/PlanningInbox"),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "6")
})
public class PlanningInboxListener implements MessageListener {

    private static final Logger LOG = Logger.getLogger(PlanningInboxListener.class.getName());

    @Inject
    PlanningRouter router;

    @Inject
    PlanningDeadLetters deadLetters;

    @Override
    public void onMessage(Message message) {
        String claimed = PlanningMessages.tenantOf(message).orElse(null);
        PlanningMessage planning = null;
        try {
            planning = PlanningMessages.read(message);
            router.route(planning, claimed);
        } catch (PlanningMessageRefusedException refused) {
            RawMessage raw = RawMessage.of(message, planning);
            deadLetters.deadLetter(raw.topic(), raw.key(), raw.body(), claimed, refused.getMessage());
        } catch (RuntimeException e) {
            if (PlanningMessages.deliveryCount(message) < TenantPlanningListener.MAX_ATTEMPTS) {
                LOG.log(Level.WARNING, "Routing a planning message failed; it will be redelivered", e);
                throw e;
            }
            RawMessage raw = RawMessage.of(message, planning);
            deadLetters.deadLetter(raw.topic(), raw.key(), raw.body(), claimed, "Routing failed: " + e);
        }
    }
}
